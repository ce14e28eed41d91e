/** Turns an id such as `family-therapy` into "Family therapy" for entries the kit has no name for. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

const INSTRUMENT_NAMES: Record<string, string> = {
  phq9: 'PHQ-9',
  gad7: 'GAD-7',
  phq2: 'PHQ-2',
  gad2: 'GAD-2',
  pcl5: 'PCL-5',
  auditc: 'AUDIT-C',
};

export function instrumentName(id: string): string {
  return INSTRUMENT_NAMES[id] ?? humanize(id);
}

export function modalityName(id: string): string {
  return humanize(id);
}
