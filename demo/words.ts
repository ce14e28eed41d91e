// The demo page's own words — its header, patient banner, steps, buttons and messages — in English
// and Spanish (usted, plain, warm; terms from src/i18n/GLOSSARY.md). The widgets' words are the
// kit's (src/i18n, loaded on demand); these belong to this page only, as a portal's own words do,
// so they never enter the kit's locale modules and no portal downloads them.
//
// In the page: `data-w="key"` on an element sets its text, `data-w-attr="aria-label:key"` an
// attribute; `say(element, (w) => …)` sets a message from code and words it again on a switch.
import type { PlanAgreedDetail, PlanSignedDetail, RiskFlagEntry, TreatmentPlan } from '../src/index.js';

/** What the banner says of an open risk flag (a timeline entry; `recorded` absent means saved). */
type RiskFlagWorded = Pick<RiskFlagEntry, 'message' | 'value' | 'recorded'>;

export type DemoLocale = 'en' | 'es';

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit' };

const en = {
  title: 'Northside Behavioral Health — Patient chart',
  skip: 'Skip to the treatment plan',
  theme: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeTeal: 'EHR teal (compact)',
  themeContrast: 'Portal high contrast',
  viewAs: 'View as',
  clinician: 'Clinician',
  client: 'Client',
  language: 'Language',
  patient: 'Patient',
  invented: '(invented patient for this demo)',
  mrn: 'MRN',
  dob: 'DOB',
  clinicianOf: 'Clinician:',
  example: 'Example',
  exampleFull: 'Three months in (panic, low mood)',
  exampleSix: 'Six months of progress',
  exampleSud: 'Co-occurring: low mood and alcohol use (42 CFR Part 2)',
  exampleEmpty: 'New, empty plan',
  loadExample: 'Load example',
  exportFhir: 'Export FHIR',
  reset: 'Reset demo',
  signOut: 'Sign out (delete drafts)',
  glance: 'Plan at a glance',
  glanceStatus: 'Plan status',
  glanceReview: 'Next review',
  glanceRisk: 'Risk flags',
  glanceSafety: 'Safety',
  glanceSigned: 'Signed',
  sync: 'Sync to a FHIR server',
  syncOptional: 'Optional.',
  syncIntro: 'also runs a FHIR R4 engine in memory on this machine (Medplum’s router) at the address below. Nothing is sent until you press a button.',
  syncBase: 'FHIR base URL',
  syncPush: 'Push to server',
  syncPull: 'Pull from server',
  steps: 'Treatment plan steps',
  stepAssess: 'Assess',
  stepGoals: 'Goals',
  stepApproaches: 'Approaches',
  stepProgress: 'Progress',
  stepSummary: 'Summary',
  footer:
    'Demo of tailored-plan-kit. All people and data on this page are invented. Drafts stay in this browser (IndexedDB); nothing is sent anywhere unless you use “Sync to a FHIR server”.',

  time: (iso: string) => new Date(iso).toLocaleTimeString('en-US', TIME),
  opening: 'Opening the plan…',
  unsaved: 'Unsaved changes…',
  merged: 'Changes made in another tab were merged in.',
  savedAt: (iso: string) => `All changes saved in this browser at ${en.time(iso)}`,
  restored: (iso: string) => `Draft restored (saved ${en.time(iso)})`,
  exportWithheld: (message: string) => `Export: ${message}`,
  notSaved: (message: string, code: string) => `Not saved: ${message} [${code}]`,
  tabConflict: 'The same field was changed in another tab: both versions are shown above the plan — choose one.',
  deviceNewer: 'The draft on this device is newer than the plan offered and was kept.',
  signedOut: 'Signed out: the drafts of this plan were deleted in this browser (here or in another tab). This page now shows an empty plan.',
  riskFlag: (d: RiskFlagWorded, instrument: string, question: number) =>
    `Risk flag: ${d.message} (${instrument} question ${question} = ${d.value}; ${d.recorded === false ? 'answered, not saved yet' : 'saved'})`,
  // The client's view: the kit's words for the client (riskWords), and where to get help — never the clinician's flag.
  safetyNow: (clientWords: string) => `For your safety: ${clientWords}`,
  planAlert: (message: string) => `Plan alert: ${message}`,
  agreed: (d: PlanAgreedDetail) => `Audit: ${d.name} agreed (${d.how === 'verbal' ? 'verbally' : 'in client mode'}) on ${d.date}; content SHA-256 ${d.hash.slice(0, 12)}…`,
  signed: (d: PlanSignedDetail) => `Audit: ${d.signer.name} signed version ${d.version}; content SHA-256 ${d.hash.slice(0, 12)}…`,
  reviewOverdue: (days: number, due: string) => `Plan review overdue by ${days} days (due ${due}).`,
  reviewToday: (due: string) => `Plan review due today (${due}).`,
  confirmReset: 'Reset the demo? The saved draft in this browser is deleted.',
  confirmLoadExample: 'Load the example? It replaces the plan shown now, and what is typed in it is not kept.',
  resetDone: 'Demo reset to the example plan.',
  confirmSignOut: 'Sign out? Every draft of this clinic in this browser is deleted, set-aside copies included, and other open tabs drop theirs.',
  confirmPart2:
    'This plan has records protected by 42 CFR Part 2. Include them (labelled) because the client consented or another Part 2 exception applies? Cancel exports without them.',
  synced: (push: boolean, version: string, keptCopy: boolean) =>
    `${push ? 'Sent to' : 'Loaded from'} the server (version ${version}).${keptCopy ? ' Your unsynced version was kept aside: restore it from the set-aside copies.' : ''}`,
  syncConflict: 'Someone changed this plan on the server since you last pulled it. Nothing was overwritten. Pull to see theirs; yours is kept aside.',
  syncError: (message: string, code: string) => `Not synced: ${message} [${code}] Your edits are kept in this browser.`,

  status: { draft: 'Draft', active: 'Active', 'under-review': 'Under review', completed: 'Completed', discontinued: 'Discontinued' } satisfies Record<
    TreatmentPlan['status'],
    string
  >,
  version: (n: number) => `version ${n}`,
  notScheduled: 'Not scheduled',
  overdue: '(overdue)',
  today: '(today)',
  riskOpen: (n: number) => `${n} open — see the assessment`,
  riskNone: 'None open',
  safetyTalkToday: 'Please talk with your clinician today. Help at any hour: call or text 988 (in the US) or your local emergency number.',
  safetyAnyHour: 'Help at any hour: call or text 988 (in the US) or your local emergency number.',
  role: { clinician: 'clinician', supervisor: 'supervisor', client: 'client' } as Record<string, string>,
  signedSince: (version: number) => `Version ${version} signed; changed since`,
  notSigned: 'Not signed',
};

export type DemoWords = typeof en;

const es: DemoWords = {
  title: 'Northside Behavioral Health — Expediente del paciente',
  skip: 'Ir al plan de tratamiento',
  theme: 'Tema',
  themeLight: 'Claro',
  themeDark: 'Oscuro',
  themeTeal: 'Verde azulado de EHR (compacto)',
  themeContrast: 'Portal de alto contraste',
  viewAs: 'Ver como',
  clinician: 'Profesional clínico',
  client: 'Cliente',
  language: 'Idioma',
  patient: 'Paciente',
  invented: '(paciente ficticia de esta demostración)',
  mrn: 'N.º de expediente',
  dob: 'Fecha de nacimiento',
  clinicianOf: 'Profesional clínico:',
  example: 'Ejemplo',
  exampleFull: 'A los tres meses (pánico, ánimo bajo)',
  exampleSix: 'Seis meses de progreso',
  exampleSud: 'Concurrentes: ánimo bajo y consumo de alcohol (42 CFR Part 2)',
  exampleEmpty: 'Plan nuevo, vacío',
  loadExample: 'Cargar el ejemplo',
  exportFhir: 'Exportar a FHIR',
  reset: 'Restablecer la demostración',
  signOut: 'Cerrar sesión (borrar los borradores)',
  glance: 'El plan de un vistazo',
  glanceStatus: 'Estado del plan',
  glanceReview: 'Próxima revisión',
  glanceRisk: 'Alertas de riesgo',
  glanceSafety: 'Seguridad',
  glanceSigned: 'Firma',
  sync: 'Sincronizar con un servidor FHIR',
  syncOptional: 'Opcional.',
  syncIntro:
    'también pone en marcha, en la memoria de este equipo, un motor FHIR R4 (el enrutador de Medplum) en la dirección de abajo. No se envía nada hasta que usted pulse un botón.',
  syncBase: 'URL base de FHIR',
  syncPush: 'Enviar al servidor',
  syncPull: 'Traer del servidor',
  steps: 'Pasos del plan de tratamiento',
  stepAssess: 'Evaluar',
  stepGoals: 'Metas',
  stepApproaches: 'Enfoques',
  stepProgress: 'Progreso',
  stepSummary: 'Resumen',
  footer:
    'Demostración de tailored-plan-kit. Todas las personas y los datos de esta página son ficticios. Los borradores se quedan en este navegador (IndexedDB); no se envía nada a ningún lugar a menos que usted use “Sincronizar con un servidor FHIR”.',

  time: (iso) => new Date(iso).toLocaleTimeString('es-US', TIME),
  opening: 'Abriendo el plan…',
  unsaved: 'Cambios sin guardar…',
  merged: 'Se incorporaron los cambios hechos en otra pestaña.',
  savedAt: (iso) => `Todos los cambios se guardaron en este navegador a las ${es.time(iso)}`,
  restored: (iso) => `Borrador recuperado (guardado a las ${es.time(iso)})`,
  // The kit's event messages are English, for logs: the page words them by their code.
  exportWithheld: () => 'Exportación: los registros protegidos por 42 CFR Part 2 no se incluyeron.',
  notSaved: (_message, code) => `No se guardó [${code}]. Sus cambios siguen en esta página.`,
  tabConflict: 'El mismo campo se cambió en otra pestaña: las dos versiones se muestran encima del plan. Elija una.',
  deviceNewer: 'El borrador de este dispositivo es más reciente que el plan ofrecido, y se conservó.',
  signedOut: 'Sesión cerrada: los borradores de este plan se borraron en este navegador (aquí o en otra pestaña). Esta página ahora muestra un plan vacío.',
  riskFlag: (d, instrument, question) =>
    `Alerta de riesgo: ${instrument}, pregunta ${question}, respuesta ${d.value} (${d.recorded === false ? 'respondida, aún sin guardar' : 'guardada'}). Vea la evaluación.`,
  safetyNow: (clientWords) => `Por su seguridad: ${clientWords}`,
  planAlert: (message) => `Alerta del plan: ${message}`,
  agreed: (d) =>
    `Registro: ${d.name} dio su acuerdo (${d.how === 'verbal' ? 'de palabra' : 'en el modo cliente'}) el ${d.date}; SHA-256 del contenido ${d.hash.slice(0, 12)}…`,
  signed: (d) => `Registro: ${d.signer.name} firmó la versión ${d.version}; SHA-256 del contenido ${d.hash.slice(0, 12)}…`,
  reviewOverdue: (days, due) => `La revisión del plan tiene ${days} días de retraso (fecha límite: ${due}).`,
  reviewToday: (due) => `La revisión del plan es hoy (${due}).`,
  confirmReset: '¿Restablecer la demostración? Se borrará el borrador guardado en este navegador.',
  confirmLoadExample: '¿Cargar el ejemplo? Reemplaza el plan que se muestra ahora, y lo que haya escrito en él no se conservará.',
  resetDone: 'La demostración volvió al plan de ejemplo.',
  confirmSignOut:
    '¿Cerrar sesión? Se borrarán todos los borradores de esta clínica en este navegador, también las copias apartadas, y las demás pestañas abiertas descartarán los suyos.',
  confirmPart2:
    'Este plan tiene registros protegidos por 42 CFR Part 2. ¿Desea incluirlos (etiquetados) porque el cliente dio su consentimiento o se aplica otra excepción de la Part 2? Si cancela, se exporta sin ellos.',
  synced: (push, version, keptCopy) =>
    `${push ? 'Se envió al' : 'Se cargó del'} servidor (versión ${version}).${keptCopy ? ' Su versión sin sincronizar se apartó: puede recuperarla de las copias apartadas.' : ''}`,
  syncConflict:
    'Alguien cambió este plan en el servidor desde la última vez que usted lo trajo. No se sobrescribió nada. Tráigalo para ver la versión del servidor; la suya queda apartada.',
  syncError: (_message, code) => `No se sincronizó [${code}]. Sus cambios se conservan en este navegador.`,

  status: { draft: 'Borrador', active: 'En curso', 'under-review': 'En revisión', completed: 'Finalizado', discontinued: 'Interrumpido' },
  version: (n) => `versión ${n}`,
  notScheduled: 'Sin programar',
  overdue: '(atrasada)',
  today: '(hoy)',
  riskOpen: (n) => `${n} ${n === 1 ? 'abierta' : 'abiertas'}: vea la evaluación`,
  riskNone: 'Ninguna abierta',
  safetyTalkToday:
    'Por favor, hable hoy con su profesional clínico. Ayuda a cualquier hora: llame o envíe un mensaje de texto al 988 (en EE. UU.) o a su número local de emergencias.',
  safetyAnyHour: 'Ayuda a cualquier hora: llame o envíe un mensaje de texto al 988 (en EE. UU.) o a su número local de emergencias.',
  role: { clinician: 'profesional clínico', supervisor: 'supervisor/a', client: 'cliente' },
  signedSince: (version) => `Versión ${version} firmada; con cambios desde entonces`,
  notSigned: 'Sin firmar',
};

const WORDS: Record<DemoLocale, DemoWords> = { en, es };

let current: DemoLocale = 'en';
/** Messages set from code, worded again when the language changes. */
const live = new Map<HTMLElement, (w: DemoWords) => string>();

/** The demo's words in its current language. */
export const words = (): DemoWords => WORDS[current];

/** `value` if it names one of the demo's languages, else English. */
export const demoLocale = (value: string | null | undefined): DemoLocale => (value === 'es' ? 'es' : 'en');

/** Shows `text` in `el` now, and again in the new language after every switch. */
export function say(el: HTMLElement, text: (w: DemoWords) => string): void {
  live.set(el, text);
  el.textContent = text(words());
}

/** Words the whole page in `locale`: its static words (`data-w`, `data-w-attr`), its title, `lang`, and every live message. */
export function showDemoWords(locale: DemoLocale): void {
  current = locale;
  const w = words();
  const text = (key: string): string => {
    const value = (w as Record<string, unknown>)[key];
    if (typeof value !== 'string') throw new Error(`demo words: no text "${key}"`);
    return value;
  };
  document.documentElement.lang = locale;
  document.title = w.title;
  for (const el of document.querySelectorAll<HTMLElement>('[data-w]')) el.textContent = text(el.dataset.w!);
  for (const el of document.querySelectorAll<HTMLElement>('[data-w-attr]')) {
    for (const pair of el.dataset.wAttr!.split(' ')) {
      const [attribute, key] = pair.split(':') as [string, string];
      el.setAttribute(attribute, text(key));
    }
  }
  for (const [el, message] of live) {
    if (el.isConnected) el.textContent = message(w);
    else live.delete(el);
  }
}
