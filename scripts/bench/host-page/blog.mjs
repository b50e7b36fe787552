// The host page of the "Host page" benchmark: a blog post, a heading and paragraphs of the
// blogger's own text (no medical claims of its own), with widgets between the paragraphs.
const paragraphs = [
  'Last spring a friend asked me to explain the words on her pathology report. I am not a doctor, so I looked for explanations written and reviewed by people who are, and I collected the ones that helped us most on this page.',
  'Below is a card about one type of treatment her team talked about. Read it at your own pace, and bring your questions to your care team.',
  'The glossary helped us most. We kept it open while we read letters from the clinic, and typed each unfamiliar word into the search box.',
  'Every card says when it was reviewed and where its information comes from. The full list of sources is here, folded away until you need it.',
  'Thank you for reading. If this page helped you, share it with someone who is reading their own report this week. Comments are open below, and I read every one of them.',
];

/** The post, with `widgets[i]` (HTML) after its paragraph `i`. */
export function blogPage({ widgets = [] } = {}) {
  const body = paragraphs.map((text, index) => `<p>${text}</p>${widgets[index] ?? ''}`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What the words on a pathology report meant to us</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0 auto; max-width: 42em; padding: 1em 1.25em 4em; font: 1.0625em/1.6 Georgia, 'Times New Roman', serif; color: #222; }
  h1 { font-size: 1.8em; line-height: 1.2; }
</style>
</head>
<body>
<article>
<h1>What the words on a pathology report meant to us</h1>
${body}
</article>
</body>
</html>
`;
}
