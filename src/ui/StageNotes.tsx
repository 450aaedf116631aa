export interface Props {
  notes?: readonly string[];
}

/**
 * What the page's analysis could not do in full ("Highlights were limited: …", "only its first
 * 100,000 characters were analysed"): a huge or hostile page gets a smaller result, said plainly.
 */
export function StageNotes({ notes }: Props) {
  if (!notes?.length) return null;
  return (
    <ul class="stage-notes" data-testid="stage-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
