/**
 * Tree-sitter grammar for the Django template language.
 *
 * It follows Django's own lexer (django/template/base.py): `tag_re`
 * (`{%.*?%}|{{.*?}}|{#.*?#}`, never across a newline), `smart_split` for tag
 * arguments and `filter_re` (FilterExpression) for values and filters.
 * Everything outside those tokens is raw `content`; HTML is not parsed.
 *
 * The external scanner (src/scanner.c) does the parts that a context-free
 * grammar cannot: deciding where Django tokens start (a delimiter only counts
 * when its closer is on the same line), pairing block tags with their end
 * tags (a stack of open tag names), the opaque bodies of
 * `{% comment %}` and `{% verbatim %}`, and deciding for each tag argument
 * whether Django would lex it (otherwise it becomes one `argument` node).
 *
 * The node contract is documented in README.md.
 */

/* Word characters: Python's `\w` approximated as ASCII letters, digits, `_`
 * and any non-ASCII character that is not whitespace (scanner.c: is_word). */
const NON_ASCII_WORD = '[^\\x00-\\x7F\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]';
const WORD = `(?:[A-Za-z0-9_]|${NON_ASCII_WORD})`;

module.exports = grammar({
  name: 'django_template',

  externals: $ => [
    $._content_chunk,
    $._simple_tag_start,
    $._block_tag_start,
    $._end_tag_start,
    $._comment_tag_start,
    $._verbatim_tag_start,
    $._implicit_end,
    $._variable_start,
    $.comment,
    $._comment_chunk,
    $._verbatim_chunk,
    $.tag_name,
    $.argument,
    $._variable_argument,
    $.operator,
    $._error_sentinel,
  ],

  // Whitespace between tokens inside `{% %}` and `{{ }}`. Raw text never
  // reaches the internal lexer: it is produced by the external scanner.
  extras: _ => [/[\s\x1c-\x1f]/],

  rules: {
    template: $ => repeat($._node),

    _node: $ => choice(
      $.content,
      $.variable,
      $.comment,
      $.tag,
      $.block,
      $.comment_block,
      $.verbatim_block,
    ),

    // Raw text. Normally one hidden chunk; a `{`, `{%`, `{{` or `{#` that does
    // not start a Django token splits it into several hidden pieces.
    content: $ => prec.right(repeat1(choice($._content_chunk, $._brace))),

    _brace: _ => token('{'),

    // {{ filter_expression }}
    variable: $ => seq(
      alias($._variable_start, '{{'),
      optional(choice(
        $.filter_expression,
        alias($._variable_argument, $.argument),
      )),
      '}}',
    ),

    filter_expression: $ => seq(
      field('value', $._value),
      repeat($.filter),
    ),

    filter: $ => seq(
      '|',
      field('name', $.filter_name),
      optional(seq(':', field('argument', $._value))),
    ),

    _value: $ => choice(
      $.variable_name,
      $.string,
      $.number,
      $.translated_string,
    ),

    // Django's literal numbers. Unsigned forms have the same length as the
    // variable_name match and win because number comes first in the grammar
    // (tree-sitter's rule order); a longer word such as `1st` is a
    // variable_name. A signed form uses the extent of Django's `num` regex.
    number: _ => token(choice(
      /[-+][0-9][0-9.e]*/,
      /([0-9]+(\.[0-9]+)?|\.[0-9]+)([eE][0-9]+)?/,
    )),

    variable_name: _ => token(new RegExp(`(?:${WORD}|\\.)+`)),

    filter_name: _ => token(new RegExp(`${WORD}+`)),

    string: _ => token(choice(
      /"([^"\\\n]|\\[^\n])*"/,
      /'([^'\\\n]|\\[^\n])*'/,
    )),

    translated_string: $ => seq('_(', $.string, ')'),

    // {% name arguments %}: simple tags, branch tags (else, elif, empty,
    // plural, ...) and end tags that close nothing.
    tag: $ => seq(
      $._simple_tag_start,
      '{%',
      optional(seq(
        field('name', $.tag_name),
        repeat($._tag_argument),
      )),
      '%}',
    ),

    _tag_argument: $ => choice(
      $.filter_expression,
      $.keyword_argument,
      $.operator,
      $.argument,
    ),

    keyword_argument: $ => seq(
      field('key', $.variable_name),
      '=',
      field('value', $.filter_expression),
    ),

    block: $ => seq(
      field('open', alias($._block_open_tag, $.tag)),
      repeat($._node),
      $._block_end,
    ),

    comment_block: $ => seq(
      field('open', alias($._comment_open_tag, $.tag)),
      optional($.comment_content),
      $._block_end,
    ),

    comment_content: $ => prec.right(repeat1(choice($._comment_chunk, $._brace))),

    verbatim_block: $ => seq(
      field('open', alias($._verbatim_open_tag, $.tag)),
      optional($.verbatim_content),
      $._block_end,
    ),

    verbatim_content: $ => prec.right(repeat1(choice($._verbatim_chunk, $._brace))),

    _block_end: $ => choice(
      field('close', alias($._end_tag, $.tag)),
      $._implicit_end,
    ),

    _block_open_tag: $ => seq($._block_tag_start, $._tag_body),
    _comment_open_tag: $ => seq($._comment_tag_start, $._tag_body),
    _verbatim_open_tag: $ => seq($._verbatim_tag_start, $._tag_body),
    _end_tag: $ => seq($._end_tag_start, $._tag_body),

    _tag_body: $ => seq(
      '{%',
      field('name', $.tag_name),
      repeat($._tag_argument),
      '%}',
    ),
  },
});
