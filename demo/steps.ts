// The portal's workflow as tabs, after the ARIA Authoring Practices tabs pattern: one tab stop,
// arrow keys (Left/Right, Home/End) move between tabs and show their panel at once, and the chosen
// step is kept in the address (#goals), so a link or a reload opens that step.
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const panelOf = (tab: HTMLButtonElement) => document.getElementById(tab.getAttribute('aria-controls')!)!;

export function showStep(tab: HTMLButtonElement, focus = false): void {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    panelOf(t).hidden = !selected;
  }
  if (focus) tab.focus();
  history.replaceState(null, '', `#${panelOf(tab).id}`);
}

/** Makes the tabs work and opens the step the address names. */
export function setUpSteps(): void {
  for (const tab of tabs) wire(tab);
  const fromAddress = tabs.find((t) => `#${t.getAttribute('aria-controls')}` === location.hash);
  if (fromAddress) showStep(fromAddress);
}

function wire(tab: HTMLButtonElement): void {
  tab.addEventListener('click', () => showStep(tab));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    // Right-to-left pages read the arrows the other way round.
    const rtl = getComputedStyle(tab).direction === 'rtl' && (e.key === 'ArrowRight' || e.key === 'ArrowLeft');
    const to = rtl ? 2 * i - next : next;
    showStep(tabs[(to + tabs.length) % tabs.length]!, true);
  });
}
