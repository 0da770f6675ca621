-- Neovim configuration for the Django Upgrade language server: the built-in LSP client attached
-- to Python and Django template buffers. Used by the headless test (neovim.test.ts) and usable as
-- is: set DJUPGRADE (path to bin/djupgrade.js) or put `djupgrade` on PATH.
vim.cmd('filetype on')

local server = vim.env.DJUPGRADE and { vim.env.DJUPGRADE_NODE or 'node', vim.env.DJUPGRADE, 'server', '--stdio' }
  or { 'djupgrade', 'server', '--stdio' }

local function root_of(bufnr)
  local file = vim.api.nvim_buf_get_name(bufnr)
  if vim.env.DJUPGRADE_ROOT then return vim.env.DJUPGRADE_ROOT end
  local found = vim.fs and vim.fs.find and vim.fs.find({ 'manage.py', 'pyproject.toml', '.git' }, { upward = true, path = vim.fs.dirname(file) })[1]
  return found and vim.fn.fnamemodify(found, ':h') or vim.fn.getcwd()
end

local function config(bufnr)
  return {
    name = 'djupgrade',
    cmd = server,
    root_dir = root_of(bufnr),
    -- Answered to the server's workspace/configuration request (section djangoUpgrade).
    settings = { djangoUpgrade = { targetVersion = '5.2' } },
  }
end

local client_id
local function attach(bufnr)
  if vim.lsp.start then
    -- Neovim 0.8+: starts the client once per root and attaches the buffer.
    client_id = vim.lsp.start(config(bufnr), { bufnr = bufnr })
  else
    -- Neovim 0.7 (Debian 12's): the same with the older API.
    client_id = client_id or vim.lsp.start_client(config(bufnr))
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'python', 'htmldjango' },
  callback = function(args) attach(args.buf) end,
})

_G.djupgrade_client = function() return client_id and vim.lsp.get_client_by_id(client_id) end
