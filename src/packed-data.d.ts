/** The bundled data packed at build time (scripts/pack/vite-plugin.ts, src/core/packed.ts). */
declare module 'virtual:role-lens-packed-data' {
  const data: import('./core/packed').PackedData;
  export default data;
}
