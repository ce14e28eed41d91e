// What a Spanish page says above an instrument shown in its English original because the kit
// ships no published Spanish version of it (never a machine translation).

export const NO_SPANISH_VERSION =
  'Este cuestionario no tiene una versión en español publicada que el kit pueda ofrecer; se muestra el original en inglés.';
