import { msg } from '@lit/localize';
import { pageRegistry } from '../clinical/instruments/page-registry.js';
import type { InstrumentDefinition } from '../clinical/instruments/schema.js';
import { contentLocaleOf } from '../model/localized-text.js';
import { activeLocale } from './localization.js';

/**
 * The scoring words of an instrument, in the page's language: band names, screening results,
 * the rule's notes, subscale names, critical-item messages and the scoring question (AUDIT-C's
 * sex). The structures (`src/clinical/instruments/`) and the plan keep them in English — the plan
 * stores `bandLabel` and each finding's `message` for FHIR, logs and older readers — and every
 * widget words them here, at render, by their code (instrument id + band id, item id…).
 *
 * Built-in instruments: the kit's wording, one `msg()` each. A host instrument: its own texts in
 * the page's language when it gave them (`{ en, es }`), else as it wrote them. Anything else (a
 * measurement from an instrument this page does not know): the stored words, as stored.
 */

const norm = (id: string) => id.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Severity band names of the built-in instruments, by `instrument:band`. */
function builtinBand(key: string): string | undefined {
  switch (key) {
    case 'phq9:minimal':
    case 'gad7:minimal':
      return msg('Minimal', { desc: 'PHQ-9 / GAD-7 severity band (gravedad, f.)' });
    case 'phq9:mild':
    case 'gad7:mild':
      return msg('Mild', { desc: 'PHQ-9 / GAD-7 severity band (gravedad, f.)' });
    case 'phq9:moderate':
    case 'gad7:moderate':
      return msg('Moderate', { desc: 'PHQ-9 / GAD-7 severity band (gravedad, f.)' });
    case 'phq9:moderately-severe':
      return msg('Moderately severe', { desc: 'PHQ-9 severity band (gravedad, f.)' });
    case 'phq9:severe':
    case 'gad7:severe':
      return msg('Severe', { desc: 'PHQ-9 / GAD-7 severity band (gravedad, f.)' });
    case 'pcl5:below-cutoff':
      return msg('Below the provisional PTSD cut-off (31–33)');
    case 'pcl5:cutoff-range':
      return msg('Within the provisional PTSD cut-off range (31–33)');
    case 'pcl5:above-cutoff':
      return msg('Above the provisional PTSD cut-off (31–33)');
    default:
      return undefined;
  }
}

/** Screening results of the built-in instruments, by `instrument:positive|negative`. */
function builtinScreen(key: string): string | undefined {
  switch (key) {
    case 'phq2:positive':
      return msg('Positive screen — give the full PHQ-9');
    case 'gad2:positive':
      return msg('Positive screen — give the full GAD-7');
    case 'pcl5:positive':
      return msg('Probable PTSD: at or above the 31–33 cut-off range');
    case 'pcl5:negative':
      return msg('Below the provisional PTSD cut-off range');
    case 'auditc:positive':
      return msg('Positive screen for unhealthy alcohol use: offer a brief intervention');
    case 'asq:positive':
      return msg('Positive screen: a "yes" to at least one of questions 1–4');
    case 'asq:negative':
      return msg('Negative screen: "no" to questions 1–4');
    case 'nidadrugscreen:positive':
      return msg('Positive screen for drug use (at least once in the past year): assess use further');
    case 'phq2:negative':
    case 'gad2:negative':
    case 'auditc:negative':
    case 'nidadrugscreen:negative':
      return msg('Negative screen');
    default:
      return undefined;
  }
}

/** The clinician's words for a built-in instrument's positive critical item, by `instrument:item`. */
function builtinCritical(key: string): string | undefined {
  if (key === 'phq9:phq9-9') return msg('Thoughts of death or self-harm reported — follow up today');
  if (key === 'asq:asq-5') {
    return msg('ASQ acute positive — imminent risk: a full mental health safety evaluation now; the person must not leave or be left alone until it is done');
  }
  if (/^asq:asq-[1-4]$/.test(key)) return msg('ASQ positive screen — a brief suicide safety assessment is needed before the person leaves');
  return undefined;
}

/** The built-in PCL-5's cluster names, by cluster id. */
function builtinSubscale(key: string): string | undefined {
  switch (key) {
    case 'pcl5:B':
      return msg('Cluster B — intrusion');
    case 'pcl5:C':
      return msg('Cluster C — avoidance');
    case 'pcl5:D':
      return msg('Cluster D — negative alterations in cognitions and mood');
    case 'pcl5:E':
      return msg('Cluster E — alterations in arousal and reactivity');
    default:
      return undefined;
  }
}

/** Every text of a host definition's scoring and critical items, English → the page's language. */
const hostMaps = new WeakMap<InstrumentDefinition, WeakMap<InstrumentDefinition, Map<string, string>>>();
function hostText(instrumentId: string, english: string): string | undefined {
  const registry = pageRegistry();
  const en = registry?.get(instrumentId);
  const shown = registry?.hostWording(instrumentId, contentLocaleOf(activeLocale()))?.definition;
  if (!en || !shown) return undefined;
  if (shown === en) return english;
  let byShown = hostMaps.get(en);
  if (!byShown) hostMaps.set(en, (byShown = new WeakMap()));
  let map = byShown.get(shown);
  if (!map) {
    const m = new Map<string, string>();
    // The two definitions differ only in their texts: walk them side by side.
    const walk = (a: unknown, b: unknown): void => {
      if (typeof a === 'string' && typeof b === 'string') m.set(a, b);
      else if (Array.isArray(a) && Array.isArray(b)) a.forEach((v, i) => walk(v, b[i]));
      else if (a && b && typeof a === 'object' && typeof b === 'object') for (const [k, v] of Object.entries(a)) walk(v, (b as Record<string, unknown>)[k]);
    };
    walk([en.scoring, en.critical], [shown.scoring, shown.critical]);
    byShown.set(shown, (map = m));
  }
  return map.get(english);
}

/** Whether `instrumentId` is not a host's: with no registry loaded, no host instrument was registered. */
export const isBuiltin = (instrumentId: string) => pageRegistry()?.isBuiltin(instrumentId) ?? true;

/**
 * A severity band's name by its code (`score.band`), in the page's language. `stored` is the
 * English name the plan stored (`bandLabel`), shown as stored for an instrument this page does not know.
 */
export function bandName(instrumentId: string, band: string | undefined, stored?: string): string | undefined {
  if (band === undefined) return stored;
  const id = norm(instrumentId);
  const builtin = builtinBand(`${id}:${band}`);
  if (builtin !== undefined) return builtin;
  const english = pageRegistry()?.get(instrumentId)?.scoring.bands?.find((b) => b.id === band)?.label;
  return (english !== undefined && !isBuiltin(instrumentId) ? hostText(instrumentId, english) : undefined) ?? english ?? stored;
}

/** A screen's result in words ("Positive screen — give the full GAD-7"), for an instrument with a cut-off. */
export function screenResultWords(def: InstrumentDefinition, positive: boolean | undefined): string {
  if (positive === undefined) return '';
  const builtin = isBuiltin(def.id) ? builtinScreen(`${norm(def.id)}:${positive ? 'positive' : 'negative'}`) : undefined;
  if (builtin !== undefined) return builtin;
  const english = (def.scoring.cutoff ?? def.scoring.contextCutoff)?.[positive ? 'positiveLabel' : 'negativeLabel'] ?? '';
  return english && (hostText(def.id, english) ?? english);
}

/** The clinician's words for a positive critical item; `stored` is the finding's stored message. */
export function criticalWords(instrumentId: string, itemId: string, stored: string): string {
  if (isBuiltin(instrumentId)) return builtinCritical(`${norm(instrumentId)}:${itemId}`) ?? stored;
  return hostText(instrumentId, stored) ?? stored;
}

/** A subscale's name (the PCL-5's clusters). */
export function subscaleName(def: InstrumentDefinition, subscale: { id: string; label: string }): string {
  if (isBuiltin(def.id)) return builtinSubscale(`${norm(def.id)}:${subscale.id}`) ?? subscale.label;
  return hostText(def.id, subscale.label) ?? subscale.label;
}

/** The scoring question of a context cut-off (AUDIT-C: the sex the threshold depends on), and its answers. */
export function contextCutoffWords(def: InstrumentDefinition): { question: string; values: Map<string, string> } | undefined {
  const cc = def.scoring.contextCutoff;
  if (!cc) return undefined;
  if (isBuiltin(def.id) && norm(def.id) === 'auditc') {
    return {
      question: msg('Sex (sets the screening threshold)'),
      values: new Map([
        ['male', msg('Men: positive at 4 or more')],
        ['female', msg('Women: positive at 3 or more')],
      ]),
    };
  }
  const word = (t: string) => (isBuiltin(def.id) ? t : (hostText(def.id, t) ?? t));
  return { question: word(cc.question), values: new Map(cc.values.map((v) => [v.value, word(v.label)])) };
}

/**
 * One of the notes a score carries (`score.notes`, stored in English), in the page's language:
 * the PCL-5's cluster rule, AUDIT-C's "all points from question 1" and, when the sex is not
 * given, each threshold's result.
 */
export function scoreNoteWords(def: InstrumentDefinition, note: string): string {
  const rule = def.scoring;
  if (!isBuiltin(def.id)) return hostText(def.id, note) ?? contextNote(def, note) ?? note;
  if (note === rule.clusterRule?.metNote) {
    return msg('DSM-5 provisional PTSD rule met (items rated 2 or higher: at least 1 in B, 1 in C, 2 in D, 2 in E)');
  }
  if (note === rule.clusterRule?.notMetNote) return msg('DSM-5 provisional PTSD rule not met');
  if (note === rule.soleSourceNote?.note && norm(def.id) === 'auditc') {
    return msg(
      'All points come from question 1 (questions 2 and 3 are zero): the patient is probably drinking below recommended limits; review their alcohol intake over the past few months to confirm this.',
    );
  }
  return contextNote(def, note) ?? note;
}

/** "Men: positive at 4 or more — Negative screen": a threshold's result when the context is not given. */
function contextNote(def: InstrumentDefinition, note: string): string | undefined {
  const cc = def.scoring.contextCutoff;
  const words = contextCutoffWords(def);
  if (!cc || !words) return undefined;
  for (const v of cc.values) {
    for (const positive of [true, false]) {
      if (note === `${v.label} — ${positive ? cc.positiveLabel : cc.negativeLabel}`) {
        const threshold = words.values.get(v.value) ?? v.label;
        return `${threshold} — ${screenResultWords(def, positive)}`;
      }
    }
  }
  return undefined;
}
