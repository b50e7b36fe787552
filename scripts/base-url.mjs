// The public address of the package's folder, where the build's absolute URLs start (the import
// map's, the embed pages' and oEmbed's): HER2_WIDGETS_BASE_URL, such as
// https://your-cdn.example/her2-widgets@0.1.0/, or else the address `npm start` serves it at.
export const localBaseUrl = 'http://127.0.0.1:8000/';

export function publicBaseUrl() {
  const base = process.env.HER2_WIDGETS_BASE_URL || localBaseUrl;
  if (!/^https?:\/\/[^/]+/.test(base)) {
    throw new Error(`HER2_WIDGETS_BASE_URL must be an http(s) address, such as ${localBaseUrl}; it is "${base}".`);
  }
  return base.endsWith('/') ? base : `${base}/`;
}
