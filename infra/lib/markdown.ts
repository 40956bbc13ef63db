/**
 * Just enough Markdown for PRIVACY.md and TERMS.md, rendered at synth time without a network or a
 * new dependency: headings, paragraphs, bulleted lists (with wrapped lines), **bold**, [links](/path)
 * and bare https links. Everything else is escaped text, so a stray character can never become markup.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(((?:https:\/\/|\/)[^\s)]*)\)/g, '<a href="$2">$1</a>')
    .replace(/(?<![">])https:\/\/[^\s)<]+[^\s)<.,;:]/g, (url) => `<a href="${url}">${url}</a>`);
}

/** Fills {{name}} from values; a name without a value is an error, so nothing half-filled is published. */
export function fillPlaceholders(markdown: string, values: Record<string, string>): string {
  return markdown.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {{${name}}}`);
    return value;
  });
}

export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let items: string[] | undefined;
  const flushParagraph = () => {
    if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (items) out.push(`<ul>\n${items.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`);
    items = undefined;
  };
  // Comments are notes for whoever deploys, not for the reader of the page.
  for (const raw of markdown.replace(/<!--[\s\S]*?-->\n?/g, '').split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.+)$/.exec(line);
    const bullet = /^[-*] (.+)$/.exec(line);
    if (line.trim() === '') {
      flushParagraph();
      flushList();
    } else if (heading) {
      flushParagraph();
      flushList();
      const level = heading[1].length;
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (bullet) {
      flushParagraph();
      items = [...(items ?? []), bullet[1]];
    } else if (items && /^\s+\S/.test(line)) {
      items[items.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return out.join('\n');
}

const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}' +
  'h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}a{color:#0645ad}';

/** A whole page: the first heading becomes the title. */
export function htmlPage(markdown: string): string {
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? '';
  return (
    '<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `${markdownToHtml(markdown)}\n</body>\n</html>\n`
  );
}
