/** The bundled data packed at build time (scripts/pack/vite-plugin.ts, src/core/packed.ts). */
declare module 'virtual:role-lens-packed-data' {
  /** Parses the packed data (call once: the engine keeps what it needs). */
  const load: () => import('./core/packed').PackedData;
  export default load;
}

declare module 'virtual:role-lens-role-details' {
  /** Parses what only the extension's pages show of the roles (src/core/packed.ts, PackedRoleDetails). */
  const load: () => import('./core/packed').PackedRoleDetails;
  export default load;
}

declare module 'virtual:role-lens-role-guides' {
  /** data/role-guides.json as the comparison page shows it (scripts/pack/vite-plugin.ts). */
  const guides: import('./core/role-guides').ShownRoleGuide[];
  export default guides;
}
