// The floor: the same questionnaire the kit's page shows (its words, read from the kit's own page by
// the bench and placed in #phq9-data), built with plain DOM calls and a live total. No library.
const data = JSON.parse(document.getElementById('phq9-data').textContent);
const form = document.getElementById('form');
const section = document.createElement('section');
const title = document.createElement('h3');
title.textContent = data.title;
const instructions = document.createElement('p');
instructions.textContent = data.instructions;
section.append(title, instructions);
const answers = new Map();
const status = document.createElement('p');
status.setAttribute('role', 'status');
data.items.forEach((item, n) => {
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = item.legend;
  fieldset.append(legend);
  item.options.forEach((text, value) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = `item-${n}`;
    input.value = String(value);
    input.addEventListener('change', () => {
      answers.set(n, value);
      status.textContent = `${answers.size} of ${data.items.length} answered, total ${[...answers.values()].reduce((a, b) => a + b, 0)}`;
    });
    label.append(input, text);
    fieldset.append(label);
  });
  section.append(fieldset);
});
const save = document.createElement('button');
save.type = 'button';
save.textContent = data.button;
const licence = document.createElement('p');
licence.textContent = data.licence;
section.append(status, save, licence);
form.append(section);
