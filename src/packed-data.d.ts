/** The bundled data packed at build time (scripts/pack/vite-plugin.ts, src/core/packed.ts). */
declare module 'virtual:role-lens-packed-data' {
  /** Parses the packed data (call once: the engine keeps what it needs). */
  const load: () => import('./core/packed').PackedData;
  export default load;
}
