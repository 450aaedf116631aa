/** LinkedIn's page title on a job: "Graduate Data Engineer | Flow Traders | LinkedIn" (with "(3) " for unread notifications). */
export function titleOfLinkedIn(doc: ParentNode): [title: string | undefined, company: string | undefined] {
  const parts = (doc.querySelector('title')?.textContent ?? '').replace(/^\(\d+\)\s*/, '').split(' | ');
  return parts.length >= 3 && parts.at(-1)?.trim() === 'LinkedIn' ? [parts[0]?.trim(), parts[1]?.trim()] : [undefined, undefined];
}
