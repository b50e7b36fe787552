// The compressed size of one entry built exactly as `npm run build` builds its bundles.
import { rollup } from 'rollup';
import { bundle } from '../../rollup.config.mjs';
import { compressedSize } from './sizes.mjs';

/**
 * `input` bundled as `file` would be, with `extraPlugins` first; nothing is written. Also the
 * modules that put code in it.
 */
export async function bundledSize(input, file, extraPlugins = []) {
  const { output: outputOptions, plugins, ...inputOptions } = bundle(input, file);
  const build = await rollup({ ...inputOptions, plugins: [...extraPlugins, ...plugins] });
  const { output } = await build.generate({ ...outputOptions, sourcemap: false });
  await build.close();
  const [{ code, modules }] = output;
  const withCode = Object.keys(modules).filter((id) => modules[id].renderedLength > 0);
  return { ...compressedSize(code), modules: withCode };
}
