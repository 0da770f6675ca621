/*
 * External scanner for the Django template grammar.
 *
 * It mirrors Django's Lexer (django/template/base.py):
 *   - tag_re = ({%.*?%}|{{.*?}}|{#.*?#}): a delimiter only opens a token when
 *     its closer follows on the same line; everything else is raw text;
 *   - the content of a `{% %}` token ends at the first `%}`;
 *   - tag arguments are split like django.utils.text.smart_split;
 *   - an argument is handed to the grammar's internal lexer only when it is
 *     a valid filter expression (filter_re) or `key=filter_expression`;
 *     anything else becomes one `argument` token.
 * It also pairs block tags: a stack of the hashes of the names of the open
 * blocks decides whether `{% name %}` opens a block, closes the innermost
 * one, implicitly ends unclosed inner blocks, or is a simple tag.
 *
 * Tags are announced by zero-width tokens placed before `{%` (so that an
 * implicit end, also zero-width, can be produced at the same position).
 */

#include "tree_sitter/alloc.h"
#include "tree_sitter/array.h"
#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

enum TokenType {
  CONTENT_CHUNK,
  SIMPLE_TAG_START,
  BLOCK_TAG_START,
  END_TAG_START,
  COMMENT_TAG_START,
  VERBATIM_TAG_START,
  IMPLICIT_END,
  VARIABLE_START,
  COMMENT,
  COMMENT_CHUNK,
  VERBATIM_CHUNK,
  TAG_NAME,
  ARGUMENT,
  VARIABLE_ARGUMENT,
  OPERATOR,
  ERROR_SENTINEL,
};

/* The serialized state must fit in 1024 bytes: 8 header bytes, the stack of
 * open blocks (deeper openers are treated as simple tags) and the cache of
 * names without an end tag. */
#define MAX_DEPTH 180
#define MAX_NO_END 64

typedef struct {
  Array(uint32_t) stack;   /* hashes of the names of the open blocks */
  /* Hashes of custom tag names known to have no `end<name>` tag anywhere
   * after the current position: their later uses need no lookahead. This is
   * sound under incremental parsing: the token whose lookahead found no end
   * tag looked ahead to the end of the document, so any later edit re-lexes
   * it, and tree-sitter only reuses later subtrees when the scanner state
   * before them is unchanged. */
  Array(uint32_t) no_end;
  uint32_t verbatim_end;   /* hash of the stripped content that ends the verbatim block */
  Array(int32_t) buf;      /* scratch: code points of the token being examined */
  Array(int32_t) name;     /* scratch: a tag name */
} Scanner;

/* ------------------------------------------------------------------ */
/* Character classes                                                   */

static bool is_space(int32_t c) {
  /* Python's str.isspace() */
  if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) return true;
  if (c < 0x80) return false;
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
         c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Python's \w, approximated: ASCII alphanumerics, `_`, and any non-ASCII
 * character that is not whitespace. Must agree with WORD in grammar.js. */
static bool is_word(int32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') return true;
  return c >= 0x80 && !is_space(c);
}

static bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }

static bool is_quote(int32_t c) { return c == '"' || c == '\''; }

/* End of the current line (Django's `.` does not match \n) or of input. */
static bool at_line_end(TSLexer *lexer) {
  return lexer->lookahead == '\n' || lexer->eof(lexer);
}

static inline void advance(TSLexer *lexer) { lexer->advance(lexer, false); }

/* ------------------------------------------------------------------ */
/* Hashing of names (FNV-1a over code points)                          */

#define HASH_INIT 2166136261u

static uint32_t hash_step(uint32_t h, int32_t c) {
  uint32_t u = (uint32_t)c;
  for (int i = 0; i < 4; i++) {
    h ^= (u & 0xff);
    h *= 16777619u;
    u >>= 8;
  }
  return h;
}

static uint32_t hash_cps(uint32_t h, const int32_t *s, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) h = hash_step(h, s[i]);
  return h;
}

static uint32_t hash_str(uint32_t h, const char *s) {
  for (; *s; s++) h = hash_step(h, (unsigned char)*s);
  return h;
}

static bool cps_equal_str(const int32_t *s, uint32_t n, const char *str) {
  uint32_t i = 0;
  for (; i < n; i++) {
    if (str[i] == 0 || (int32_t)(unsigned char)str[i] != s[i]) return false;
  }
  return str[i] == 0;
}

static bool cps_starts_with_str(const int32_t *s, uint32_t n, const char *str) {
  uint32_t i = 0;
  for (; str[i]; i++) {
    if (i >= n || (int32_t)(unsigned char)str[i] != s[i]) return false;
  }
  return true;
}

/* ------------------------------------------------------------------ */
/* Known tags                                                          */

/* Built-in tags (and django.contrib/i18n/l10n/tz/static/cache) that
 * always have a body and an `end<name>` tag. */
static const char *const BLOCK_TAGS[] = {
  "if", "for", "block", "with", "blocktranslate", "blocktrans", "ifchanged",
  "spaceless", "filter", "autoescape", "cache", "localize", "ifequal",
  "ifnotequal", "language", "localtime", "timezone", NULL,
};

/* Built-in tags without a body: no need to look for an end tag. Branch tags
 * (else, elif, empty, plural) are simple tags inside the block body. */
static const char *const SIMPLE_TAGS[] = {
  "else", "elif", "empty", "plural", "extends", "include", "load", "url",
  "static", "csrf_token", "cycle", "firstof", "now", "regroup", "templatetag",
  "widthratio", "debug", "lorem", "resetcycle", "trans", "translate",
  "get_current_language", "get_current_language_bidi",
  "get_available_languages", "get_language_info", "get_language_info_list",
  "get_current_timezone", "get_static_prefix", "get_media_prefix",
  "querystring", "ssi", "csrf", "partial", NULL,
};

static bool in_list(const char *const *list, const int32_t *s, uint32_t n) {
  for (; *list; list++) {
    if (cps_equal_str(s, n, *list)) return true;
  }
  return false;
}

/* ------------------------------------------------------------------ */
/* Validation of Django values and filter expressions                 */

/* "..." or '...' with backslash escapes, starting at *i. */
static bool parse_string(const int32_t *b, uint32_t n, uint32_t *i) {
  uint32_t j = *i;
  if (j >= n || !is_quote(b[j])) return false;
  int32_t q = b[j++];
  while (j < n) {
    if (b[j] == '\\') {
      if (j + 1 >= n) return false;
      j += 2;
      continue;
    }
    if (b[j] == q) {
      *i = j + 1;
      return true;
    }
    j++;
  }
  return false;
}

/* filter_re's constant | [\w.]+ | num, starting at *i. */
static bool parse_value(const int32_t *b, uint32_t n, uint32_t *i) {
  uint32_t j = *i;
  if (j >= n) return false;
  int32_t c = b[j];
  if (c == '_' && j + 2 < n && b[j + 1] == '(' && is_quote(b[j + 2])) {
    uint32_t k = j + 2;
    if (parse_string(b, n, &k) && k < n && b[k] == ')') {
      *i = k + 1;
      return true;
    }
  }
  if (is_quote(c)) return parse_string(b, n, i);
  if (is_word(c) || c == '.') {
    while (j < n && (is_word(b[j]) || b[j] == '.')) j++;
    *i = j;
    return true;
  }
  if ((c == '-' || c == '+') && j + 1 < n && is_digit(b[j + 1])) {
    j += 2;
    while (j < n && (is_digit(b[j]) || b[j] == '.' || b[j] == 'e')) j++;
    *i = j;
    return true;
  }
  return false;
}

/* FilterExpression: value, then (\s*|\s*name(:value)?)* up to the end. */
static bool valid_filter_expression(const int32_t *b, uint32_t n) {
  uint32_t i = 0;
  if (!parse_value(b, n, &i)) return false;
  while (i < n) {
    uint32_t j = i;
    while (j < n && is_space(b[j])) j++;
    if (j >= n || b[j] != '|') return false;
    j++;
    while (j < n && is_space(b[j])) j++;
    uint32_t k = j;
    while (k < n && is_word(b[k])) k++;
    if (k == j) return false;
    if (k < n && b[k] == ':') {
      k++;
      if (!parse_value(b, n, &k)) return false;
    }
    i = k;
  }
  return true;
}

/* Would the grammar's `number` token match the whole of b[0..n)? */
static bool lexes_as_number(const int32_t *b, uint32_t n) {
  uint32_t i = 0;
  while (i < n && is_digit(b[i])) i++;
  if (i == 0) return false;
  if (i < n && (b[i] == 'e' || b[i] == 'E')) {
    uint32_t j = i + 1;
    while (j < n && is_digit(b[j])) j++;
    if (j > i + 1) i = j;
  }
  return i == n;
}

enum BitKind { BIT_INVALID, BIT_VALID, BIT_OPERATOR };

static enum BitKind classify_bit(const int32_t *b, uint32_t n) {
  static const char *const OPERATORS[] = {"==", "!=", "<", ">", "<=", ">=", "=", NULL};
  if (n == 0) return BIT_INVALID;
  if (in_list(OPERATORS, b, n)) return BIT_OPERATOR;
  /* kwarg_re: (\w+)=(.+) */
  uint32_t i = 0;
  while (i < n && is_word(b[i])) i++;
  if (i > 0 && i < n && b[i] == '=' && !lexes_as_number(b, i)) {
    if (valid_filter_expression(b + i + 1, n - i - 1)) return BIT_VALID;
  }
  if (valid_filter_expression(b, n)) return BIT_VALID;
  return BIT_INVALID;
}

/* ------------------------------------------------------------------ */
/* Reading Django tokens                                               */

/*
 * With the lexer just after `{%`, read up to and including the first `%}` on
 * the same line, storing the raw content in s->buf. Returns false (lexer at
 * the end of the line) when there is no `%}`.
 */
static bool read_block_token(Scanner *s, TSLexer *lexer) {
  array_clear(&s->buf);
  while (!at_line_end(lexer)) {
    int32_t c = lexer->lookahead;
    advance(lexer);
    if (c == '%' && lexer->lookahead == '}') {
      advance(lexer);
      return true;
    }
    array_push(&s->buf, c);
  }
  return false;
}

/* With the lexer just after `{{` or `{#`, skip to just after the closer
 * (`}}` or `#}`) on the same line. */
static bool skip_to_closer(TSLexer *lexer, int32_t first) {
  while (!at_line_end(lexer)) {
    int32_t c = lexer->lookahead;
    advance(lexer);
    if (c == first && lexer->lookahead == '}') {
      advance(lexer);
      return true;
    }
  }
  return false;
}

/* Strip the content in s->buf: sets [*start, *end). */
static void strip_buf(Scanner *s, uint32_t *start, uint32_t *end) {
  uint32_t a = 0, b = s->buf.size;
  while (a < b && is_space(s->buf.contents[a])) a++;
  while (b > a && is_space(s->buf.contents[b - 1])) b--;
  *start = a;
  *end = b;
}

/* First whitespace-separated word of the stripped content ("command"). */
static void command_of_buf(Scanner *s, uint32_t *start, uint32_t *end) {
  uint32_t a, b;
  strip_buf(s, &a, &b);
  uint32_t e = a;
  while (e < b && !is_space(s->buf.contents[e])) e++;
  *start = a;
  *end = e;
}

/*
 * Is there, after the current position, a `{% end<name> ... %}` tag?
 * s->name holds <name>. Used to tell custom block tags from simple ones.
 */
static bool end_tag_follows(Scanner *s, TSLexer *lexer) {
  while (!lexer->eof(lexer)) {
    if (lexer->lookahead != '{') {
      advance(lexer);
      continue;
    }
    advance(lexer);
    if (lexer->lookahead != '%') continue;
    advance(lexer);
    if (!read_block_token(s, lexer)) continue;
    uint32_t a, e;
    command_of_buf(s, &a, &e);
    const int32_t *cmd = s->buf.contents + a;
    uint32_t len = e - a;
    if (len == s->name.size + 3 && cps_starts_with_str(cmd, len, "end") &&
        memcmp(cmd + 3, s->name.contents, s->name.size * sizeof(int32_t)) == 0) {
      return true;
    }
  }
  return false;
}

/* ------------------------------------------------------------------ */
/* Token scanners                                                      */

static bool scan_tag_name(TSLexer *lexer) {
  while (is_space(lexer->lookahead) && !at_line_end(lexer)) lexer->advance(lexer, true);
  bool any = false;
  while (!at_line_end(lexer) && !is_space(lexer->lookahead)) {
    if (lexer->lookahead == '%') {
      lexer->mark_end(lexer);
      advance(lexer);
      if (lexer->lookahead == '}') break;
      any = true;
      lexer->mark_end(lexer);
      continue;
    }
    advance(lexer);
    any = true;
    lexer->mark_end(lexer);
  }
  if (!any) return false;
  lexer->result_symbol = TAG_NAME;
  return true;
}

/*
 * One bit of smart_split, starting at the current (non-space) character and
 * bounded by the `%}` that ends the tag. Marks the end of the bit and stores
 * its code points in s->buf.
 *
 *   ((?:[^\s'"]*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')[^\s'"]*)+)|\S+)
 */
static uint32_t scan_bit(Scanner *s, TSLexer *lexer) {
  array_clear(&s->buf);
  bool any_string = false;
  for (;;) {
    /* [^\s'"]* */
    for (;;) {
      if (at_line_end(lexer)) break;
      int32_t c = lexer->lookahead;
      if (is_space(c) || is_quote(c)) break;
      if (c == '%') {
        lexer->mark_end(lexer);
        advance(lexer);
        if (lexer->lookahead == '}') return s->buf.size;
        array_push(&s->buf, '%');
        continue;
      }
      array_push(&s->buf, c);
      advance(lexer);
    }
    if (at_line_end(lexer) || !is_quote(lexer->lookahead)) {
      lexer->mark_end(lexer);
      return s->buf.size;
    }

    /* A quoted string. If it does not close and an earlier one did, the bit
     * ends before this quote; if no string closed at all, the bit is \S+. */
    uint32_t before_quote = s->buf.size;
    bool alt2_marked = false;
    uint32_t alt2_len = 0;
    if (any_string) lexer->mark_end(lexer);
    int32_t q = lexer->lookahead;
    array_push(&s->buf, q);
    advance(lexer);
    bool closed = false, escaped = false;
    for (;;) {
      if (at_line_end(lexer)) break;
      int32_t c = lexer->lookahead;
      if (c == '%') {
        if (!any_string && !alt2_marked) lexer->mark_end(lexer);
        advance(lexer);
        if (lexer->lookahead == '}') {
          if (!any_string && !alt2_marked) {
            alt2_marked = true;
            alt2_len = s->buf.size;
          }
          break;
        }
        array_push(&s->buf, '%');
        escaped = false;
        continue;
      }
      if (is_space(c) && !any_string && !alt2_marked) {
        lexer->mark_end(lexer);
        alt2_marked = true;
        alt2_len = s->buf.size;
      }
      array_push(&s->buf, c);
      advance(lexer);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == q) {
        closed = true;
        break;
      }
    }
    if (closed) {
      any_string = true;
      continue;
    }
    if (any_string) {
      s->buf.size = before_quote;
      return s->buf.size;
    }
    if (!alt2_marked) {
      lexer->mark_end(lexer);
      alt2_len = s->buf.size;
    }
    s->buf.size = alt2_len;
    return s->buf.size;
  }
}

static bool scan_tag_argument(Scanner *s, TSLexer *lexer, const bool *valid_symbols) {
  bool skipped = false;
  while (is_space(lexer->lookahead) && !at_line_end(lexer)) {
    lexer->advance(lexer, true);
    skipped = true;
  }
  if (at_line_end(lexer)) return false;
  int32_t c = lexer->lookahead;
  /* Inside a bit that the internal lexer is reading. */
  if (!skipped && (c == '|' || c == ':' || c == '=')) return false;
  uint32_t n = scan_bit(s, lexer);
  if (n == 0) return false;
  switch (classify_bit(s->buf.contents, n)) {
    case BIT_OPERATOR:
      if (valid_symbols[OPERATOR]) {
        lexer->result_symbol = OPERATOR;
        return true;
      }
      return false;
    case BIT_VALID:
      return false;
    case BIT_INVALID:
    default:
      if (valid_symbols[ARGUMENT]) {
        lexer->result_symbol = ARGUMENT;
        return true;
      }
      return false;
  }
}

/* The content of `{{ ... }}`: handed to the internal lexer when it is a valid
 * filter expression, otherwise one `argument` token (stripped). */
static bool scan_variable_argument(Scanner *s, TSLexer *lexer) {
  while (is_space(lexer->lookahead) && !at_line_end(lexer)) lexer->advance(lexer, true);
  array_clear(&s->buf);
  uint32_t last = 0;
  while (!at_line_end(lexer)) {
    int32_t c = lexer->lookahead;
    if (c == '}') {
      advance(lexer);
      if (lexer->lookahead == '}') break;
      array_push(&s->buf, '}');
      last = s->buf.size;
      lexer->mark_end(lexer);
      continue;
    }
    array_push(&s->buf, c);
    advance(lexer);
    if (!is_space(c)) {
      last = s->buf.size;
      lexer->mark_end(lexer);
    }
  }
  if (last == 0) return false;
  if (valid_filter_expression(s->buf.contents, last)) return false;
  lexer->result_symbol = VARIABLE_ARGUMENT;
  return true;
}

/*
 * At `{` `%` of a complete tag (content in s->buf): decide which zero-width
 * token announces it. The token end was marked before the `{`.
 */
static bool classify_tag(Scanner *s, TSLexer *lexer, const bool *valid_symbols) {
  uint32_t cs, ce, ns, ne;
  strip_buf(s, &cs, &ce);
  command_of_buf(s, &ns, &ne);
  /* Copy the name: s->buf is reused by end_tag_follows(). */
  array_clear(&s->name);
  for (uint32_t i = ns; i < ne; i++) array_push(&s->name, s->buf.contents[i]);
  const int32_t *name = s->name.contents;
  uint32_t name_len = s->name.size;
  int32_t after_name = (cs + 8 < ce) ? s->buf.contents[cs + 8] : 0;

  enum TokenType result = SIMPLE_TAG_START;
  uint32_t push = 0;
  bool do_push = false, do_pop = false, opens = false;

  if (name_len == 0) goto emit;

  /* end<name>: closes the innermost block, or implicitly ends the blocks
   * opened after the one it closes. */
  if (name_len > 3 && cps_starts_with_str(name, name_len, "end") && s->stack.size > 0) {
    uint32_t h = hash_cps(HASH_INIT, name + 3, name_len - 3);
    for (uint32_t i = s->stack.size; i > 0; i--) {
      if (s->stack.contents[i - 1] != h) continue;
      result = i == s->stack.size ? END_TAG_START : IMPLICIT_END;
      do_pop = true;
      goto emit;
    }
  }

  if (s->stack.size >= MAX_DEPTH) goto emit;

  if (cps_equal_str(name, name_len, "comment")) {
    result = COMMENT_TAG_START;
    do_push = true;
    push = hash_str(HASH_INIT, "comment");
    goto emit;
  }

  if (cps_equal_str(name, name_len, "verbatim")) {
    /* Django's lexer enters verbatim mode when
     * content[:9] in ("verbatim", "verbatim "); otherwise {% verbatim %} is
     * an ordinary block tag. */
    if (after_name == 0 || after_name == ' ') {
      result = VERBATIM_TAG_START;
      do_push = true;
      push = hash_str(HASH_INIT, "verbatim");
      s->verbatim_end = hash_cps(hash_str(HASH_INIT, "end"), s->buf.contents + cs, ce - cs);
      goto emit;
    }
    opens = true;
  } else if (in_list(BLOCK_TAGS, name, name_len)) {
    opens = true;
  } else if (in_list(SIMPLE_TAGS, name, name_len) || cps_starts_with_str(name, name_len, "end")) {
    opens = false;
  } else {
    /* A custom tag: a block tag when its end tag appears later. */
    uint32_t h = hash_cps(HASH_INIT, name, name_len);
    bool known_simple = false;
    for (uint32_t i = 0; i < s->no_end.size; i++) {
      if (s->no_end.contents[i] == h) known_simple = true;
    }
    if (!known_simple) {
      opens = end_tag_follows(s, lexer);
      if (!opens && valid_symbols[SIMPLE_TAG_START]) {
        if (s->no_end.size >= MAX_NO_END) array_erase(&s->no_end, 0);
        array_push(&s->no_end, h);
      }
    }
  }
  if (opens) {
    result = BLOCK_TAG_START;
    do_push = true;
    push = hash_cps(HASH_INIT, name, name_len);
  }

emit:
  if (!valid_symbols[result]) {
    if (!valid_symbols[SIMPLE_TAG_START]) return false;
    result = SIMPLE_TAG_START;
    do_push = do_pop = false;
  }
  if (do_pop) array_pop(&s->stack);
  if (do_push) array_push(&s->stack, push);
  lexer->result_symbol = result;
  return true;
}

/*
 * Raw text, or the start of a Django token: `{{`, a `{# #}` comment, or a
 * zero-width announcement of a `{% %}` tag. At the end of input, implicit
 * ends for the blocks still open.
 */
static bool scan_content(Scanner *s, TSLexer *lexer, const bool *valid_symbols, bool error_mode) {
  lexer->mark_end(lexer);
  if (lexer->eof(lexer)) {
    if (!error_mode && s->stack.size > 0 && valid_symbols[IMPLICIT_END]) {
      array_pop(&s->stack);
      lexer->result_symbol = IMPLICIT_END;
      return true;
    }
    return false;
  }

  if (lexer->lookahead == '{') {
    advance(lexer);
    int32_t x = lexer->lookahead;
    if (x == '%') {
      if (error_mode) return false;
      advance(lexer);
      if (!read_block_token(s, lexer)) return false;
      /* The data in s->buf is consumed before s->buf is reused by a lookahead. */
      return classify_tag(s, lexer, valid_symbols);
    }
    if (x == '{') {
      advance(lexer);
      lexer->mark_end(lexer);
      if (!skip_to_closer(lexer, '}')) return false;
      if (!valid_symbols[VARIABLE_START]) return false;
      lexer->result_symbol = VARIABLE_START;
      return true;
    }
    if (x == '#') {
      advance(lexer);
      if (!skip_to_closer(lexer, '#')) return false;
      if (!valid_symbols[COMMENT]) return false;
      lexer->mark_end(lexer);
      lexer->result_symbol = COMMENT;
      return true;
    }
    /* A lone `{` is text. */
  }

  if (!valid_symbols[CONTENT_CHUNK]) return false;
  for (;;) {
    if (lexer->eof(lexer)) break;
    if (lexer->lookahead == '{') {
      lexer->mark_end(lexer);
      advance(lexer);
      int32_t x = lexer->lookahead;
      if (x == '%' || x == '{' || x == '#') {
        lexer->result_symbol = CONTENT_CHUNK;
        return true;
      }
      continue;
    }
    advance(lexer);
  }
  lexer->mark_end(lexer);
  lexer->result_symbol = CONTENT_CHUNK;
  return true;
}

/*
 * The opaque body of {% comment %} (ends at a `{% %}` token whose stripped
 * content is exactly "endcomment") or {% verbatim ... %} (ends at
 * "end" + the stripped content of the opening tag). Django tokens inside the
 * body are skipped whole, as Django's lexer does.
 */
static bool scan_body(Scanner *s, TSLexer *lexer, const bool *valid_symbols, bool verbatim) {
  uint32_t target = verbatim ? s->verbatim_end : hash_str(HASH_INIT, "endcomment");
  enum TokenType chunk = verbatim ? VERBATIM_CHUNK : COMMENT_CHUNK;
  bool at_start = true;

  lexer->mark_end(lexer);
  for (;;) {
    if (lexer->eof(lexer)) {
      if (!at_start) {
        lexer->mark_end(lexer);
        lexer->result_symbol = chunk;
        return true;
      }
      if (s->stack.size > 0 && valid_symbols[IMPLICIT_END]) {
        array_pop(&s->stack);
        lexer->result_symbol = IMPLICIT_END;
        return true;
      }
      return false;
    }
    if (lexer->lookahead != '{') {
      advance(lexer);
      at_start = false;
      continue;
    }
    /* The chunk ends before a `{` that starts a Django token. */
    if (!at_start) lexer->mark_end(lexer);
    advance(lexer);
    int32_t x = lexer->lookahead;
    if (x != '%' && x != '{' && x != '#') {
      at_start = false;
      continue;
    }
    if (!at_start) {
      lexer->result_symbol = chunk;
      return true;
    }
    /* At the start of the token: look at the Django token here. */
    advance(lexer);
    if (x == '%') {
      if (!read_block_token(s, lexer)) return false;
      uint32_t a, b;
      strip_buf(s, &a, &b);
      if (hash_cps(HASH_INIT, s->buf.contents + a, b - a) == target) {
        if (s->stack.size > 0 && valid_symbols[END_TAG_START]) {
          array_pop(&s->stack);
          lexer->result_symbol = END_TAG_START;
          return true;
        }
        return false;
      }
    } else if (!skip_to_closer(lexer, x == '{' ? '}' : '#')) {
      return false;
    }
    /* A whole Django token that is part of the body. */
    at_start = false;
  }
}

/* ------------------------------------------------------------------ */
/* Tree-sitter interface                                               */

void *tree_sitter_django_template_external_scanner_create(void) {
  Scanner *s = ts_calloc(1, sizeof(Scanner));
  array_init(&s->stack);
  array_init(&s->no_end);
  array_init(&s->buf);
  array_init(&s->name);
  return s;
}

void tree_sitter_django_template_external_scanner_destroy(void *payload) {
  Scanner *s = (Scanner *)payload;
  array_delete(&s->stack);
  array_delete(&s->no_end);
  array_delete(&s->buf);
  array_delete(&s->name);
  ts_free(s);
}

unsigned tree_sitter_django_template_external_scanner_serialize(void *payload, char *buffer) {
  Scanner *s = (Scanner *)payload;
  uint16_t depth = (uint16_t)(s->stack.size > MAX_DEPTH ? MAX_DEPTH : s->stack.size);
  uint16_t no_end = (uint16_t)(s->no_end.size > MAX_NO_END ? MAX_NO_END : s->no_end.size);
  unsigned n = 0;
  memcpy(buffer + n, &s->verbatim_end, 4);
  n += 4;
  memcpy(buffer + n, &depth, 2);
  n += 2;
  memcpy(buffer + n, &no_end, 2);
  n += 2;
  memcpy(buffer + n, s->stack.contents, depth * 4u);
  n += depth * 4u;
  memcpy(buffer + n, s->no_end.contents, no_end * 4u);
  n += no_end * 4u;
  return n;
}

void tree_sitter_django_template_external_scanner_deserialize(void *payload, const char *buffer,
                                                               unsigned length) {
  Scanner *s = (Scanner *)payload;
  array_clear(&s->stack);
  array_clear(&s->no_end);
  s->verbatim_end = 0;
  if (length < 8) return;
  uint16_t depth, no_end;
  memcpy(&s->verbatim_end, buffer, 4);
  memcpy(&depth, buffer + 4, 2);
  memcpy(&no_end, buffer + 6, 2);
  if (8u + (depth + no_end) * 4u > length) return;
  array_reserve(&s->stack, depth);
  memcpy(s->stack.contents, buffer + 8, depth * 4u);
  s->stack.size = depth;
  array_reserve(&s->no_end, no_end);
  memcpy(s->no_end.contents, buffer + 8 + depth * 4u, no_end * 4u);
  s->no_end.size = no_end;
}

bool tree_sitter_django_template_external_scanner_scan(void *payload, TSLexer *lexer,
                                                       const bool *valid_symbols) {
  Scanner *s = (Scanner *)payload;

  if (valid_symbols[ERROR_SENTINEL]) {
    /* Error recovery: only offer raw text and whole tokens. */
    return scan_content(s, lexer, valid_symbols, true);
  }
  if (valid_symbols[TAG_NAME]) return scan_tag_name(lexer);
  if (valid_symbols[ARGUMENT] || valid_symbols[OPERATOR]) {
    return scan_tag_argument(s, lexer, valid_symbols);
  }
  if (valid_symbols[VARIABLE_ARGUMENT]) return scan_variable_argument(s, lexer);
  if (valid_symbols[COMMENT_CHUNK]) return scan_body(s, lexer, valid_symbols, false);
  if (valid_symbols[VERBATIM_CHUNK]) return scan_body(s, lexer, valid_symbols, true);
  if (valid_symbols[CONTENT_CHUNK] || valid_symbols[SIMPLE_TAG_START] || valid_symbols[IMPLICIT_END]) {
    return scan_content(s, lexer, valid_symbols, false);
  }
  return false;
}
