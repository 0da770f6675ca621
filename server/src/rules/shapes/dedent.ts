// Examples written as the code reads: `dedent` takes a template literal whose lines are indented
// with the surrounding TypeScript and gives the code without that indentation.
//
//   code: dedent`
//     from django.conf.urls import url
//
//     urlpatterns = [url(r"^$", index)]
//   `,
//
// is "from django.conf.urls import url\n\nurlpatterns = [url(r\"^$\", index)]\n". The text is
// taken raw, as Python or a template would read it: `\d` and `\n` inside it stay a backslash and
// a letter (write \` for a backtick and \${ for a dollar and brace). The line break after the
// opening backtick is dropped; a closing backtick on a line of its own leaves the final newline,
// one right after the code leaves none.
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings.raw }, ...values).replace(/\\`/g, '`').replace(/\\\$\{/g, '${');
  const lines = raw.split('\n');
  if (lines.length > 1 && lines[0].trim() === '') lines.shift();
  const last = lines[lines.length - 1];
  const endsWithNewline = lines.length > 1 && last.trim() === '';
  if (endsWithNewline) lines.pop();
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const indent = indents.length ? Math.min(...indents) : 0;
  const body = lines.map((line) => (line.trim() === '' ? '' : line.slice(indent))).join('\n');
  return endsWithNewline ? `${body}\n` : body;
}
