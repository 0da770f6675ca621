-- Headless driver of neovim.test.ts: opens a Python and a template buffer in the workspace
-- DJUPGRADE_ROOT (init.lua attaches the server), reads their diagnostics, applies a quick fix to the
-- first and the fix-all source action to the second, writes both, and records everything in
-- DJUPGRADE_RESULT as JSON. Expected counts come from the test in DJUPGRADE_EXPECT (JSON).
local root = vim.env.DJUPGRADE_ROOT
local expect = vim.fn.json_decode(vim.env.DJUPGRADE_EXPECT)
local result = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, has_lsp_start = vim.lsp.start ~= nil, steps = {} }
local timeout = 60000

-- Every publishDiagnostics, so a step can wait for the one that answers the buffer's latest version.
local published = {}
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
  default_handler(err, params, ctx, config)
  table.insert(published, { uri = params.uri, version = params.version, count = #params.diagnostics })
end

local function wait(what, condition)
  if not vim.wait(timeout, condition, 50) then error('timed out waiting for ' .. what) end
end

local function client()
  local c = _G.djupgrade_client()
  if not c then error('the djupgrade client did not start') end
  return c
end

-- Waits for the server's diagnostics of the buffer's current version.
local function settle(bufnr, what)
  local uri = vim.uri_from_bufnr(bufnr)
  wait(what, function()
    local version = vim.lsp.util.buf_versions[bufnr]
    for i = #published, 1, -1 do
      local p = published[i]
      if p.uri == uri and (p.version == nil or p.version == version) then return true end
    end
    return false
  end)
end

local function diagnostics_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(list, { line = d.lnum + 1, column = d.col + 1, code = code, message = d.message, severity = d.severity, source = d.source })
  end
  table.sort(list, function(a, b) return a.line < b.line or (a.line == b.line and a.column < b.column) end)
  return list
end

local function code_actions(bufnr, range, only)
  local lsp_diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.lnum >= range.start.line and d.lnum <= range['end'].line then
      table.insert(lsp_diagnostics, {
        range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
        message = d.message, severity = d.severity, source = d.source,
        code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
      })
    end
  end
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, range = range, context = { diagnostics = lsp_diagnostics, only = only } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
  if not responses then error('no answer to textDocument/codeAction') end
  local actions = {}
  for _, response in pairs(responses) do
    if response.error then error('codeAction: ' .. vim.inspect(response.error)) end
    for _, action in ipairs(response.result or {}) do table.insert(actions, action) end
  end
  return actions
end

local function apply(action)
  if not action.edit then error('the action has no edit: ' .. vim.inspect(action)) end
  vim.lsp.util.apply_workspace_edit(action.edit, client().offset_encoding or 'utf-16')
end

local function open(relative, filetype)
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. relative))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= filetype then error(relative .. ': filetype ' .. vim.bo[bufnr].filetype .. ', not ' .. filetype) end
  return bufnr
end

local function titles(actions)
  local list = {}
  for _, a in ipairs(actions) do table.insert(list, { title = a.title, kind = a.kind, preferred = a.isPreferred == true }) end
  return list
end

local function run()
  -- 1. Python: diagnostics, then the quick fix of the url() call on line 8.
  local py = open('legacysite/urls.py', 'python')
  wait('the diagnostics of urls.py', function() return #vim.diagnostic.get(py) == expect.python end)
  local step = { file = 'legacysite/urls.py', filetype = 'python', diagnostics = diagnostics_of(py) }
  local line = 7
  local actions = code_actions(py, { start = { line = line, character = 4 }, ['end'] = { line = line, character = 4 } }, { 'quickfix' })
  step.actions = titles(actions)
  local fix
  for _, a in ipairs(actions) do
    if a.kind == 'quickfix' and a.title:find('re_path', 1, true) then fix = a; break end
  end
  if not fix then error('no re_path quick fix among ' .. vim.inspect(step.actions)) end
  apply(fix)
  settle(py, 'the diagnostics after the quick fix')
  step.applied = fix.title
  step.after = diagnostics_of(py)
  vim.cmd('write')
  table.insert(result.steps, step)

  -- 2. Template: diagnostics, then source.fixAll.djangoUpgrade on the whole buffer.
  local tpl = open('blog/templates/blog/post_list.html', 'htmldjango')
  wait('the diagnostics of post_list.html', function() return #vim.diagnostic.get(tpl) == expect.template end)
  step = { file = 'blog/templates/blog/post_list.html', filetype = 'htmldjango', diagnostics = diagnostics_of(tpl) }
  local last = vim.api.nvim_buf_line_count(tpl)
  actions = code_actions(tpl, { start = { line = 0, character = 0 }, ['end'] = { line = last, character = 0 } }, { 'source.fixAll.djangoUpgrade' })
  step.actions = titles(actions)
  if #actions ~= 1 then error('expected one fix-all action, got ' .. vim.inspect(step.actions)) end
  apply(actions[1])
  settle(tpl, 'the diagnostics after fix-all')
  step.applied = actions[1].title
  step.after = diagnostics_of(tpl)
  vim.cmd('write')
  table.insert(result.steps, step)
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
local c = _G.djupgrade_client()
result.server = c and c.name or nil
local file = io.open(vim.env.DJUPGRADE_RESULT, 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qall!')
