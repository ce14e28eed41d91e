import type { CatalogWords } from '../../clinical/modalities/catalog-structure.js';

/**
 * El catálogo de enfoques en español: texto propio de tailored-plan-kit (MIT), escrito para la
 * persona que lo lee (usted), en lenguaje sencillo y con los términos clínicos habituales en
 * español (TCC, TDC, TEPT, EMDR…). Estructura (tipo, dosis, usos): src/clinical/modalities/catalog-structure.ts.
 * Glosario y criterio de traducción: src/clinical/instruments/SOURCES.md («Contenido propio»).
 */
export const CATALOG_ES: CatalogWords = {
  cbt: {
    name: 'Terapia cognitivo-conductual (TCC)',
    summary: 'Trabajo práctico sobre la relación entre pensamientos, emociones y acciones.',
    forClient:
      'La TCC observa cómo lo que usted piensa, lo que siente y lo que hace se influyen entre sí. Juntos identifican los patrones que mantienen los problemas y prueban, paso a paso, nuevas formas de pensar y de actuar.',
    sessionInvolves:
      'Cada sesión tiene un plan que acuerdan juntos: repasar cómo fue la semana, revisar la práctica, aprender o ensayar una habilidad y acordar qué practicar antes de la próxima vez.',
    dose: 'Sesiones semanales de 50 minutos, a menudo de 12 a 20 en total',
    techniques: {
      'cognitive-restructuring': {
        name: 'Reestructuración cognitiva',
        description: 'Detectar pensamientos de preocupación o muy duros consigo mismo, compararlos con lo que realmente pasó y encontrar una manera más justa de ver las cosas.',
      },
      exposure: {
        name: 'Exposición gradual',
        description: 'Enfrentar una situación u objeto temido en pasos pequeños y planificados, quedándose el tiempo suficiente para que el miedo baje y pierda fuerza.',
      },
      'interoceptive-exposure': {
        name: 'Exposición a sensaciones del cuerpo',
        description: 'Provocar de forma segura sensaciones parecidas al pánico (el corazón acelerado, el mareo) para que den menos miedo.',
      },
      'behavioral-activation': {
        name: 'Activación conductual',
        description: 'Planificar actividades pequeñas y posibles que le importen o le den algo de disfrute, incluso antes de que vuelvan las ganas.',
      },
      'thought-records': {
        name: 'Registros de pensamientos',
        description: 'Anotar una situación, el pensamiento que trajo, la emoción y un pensamiento más equilibrado.',
      },
      'problem-solving': {
        name: 'Resolución de problemas',
        description: 'Dividir un problema en partes, hacer una lista de opciones, elegir una para probar y revisar cómo fue.',
      },
      'sleep-scheduling': {
        name: 'TCC para el sueño (horario de sueño)',
        description: 'Mantener horarios regulares para dormir y despertar y usar la cama solo para dormir, para que el cuerpo vuelva a aprender cuándo dormir.',
      },
    },
  },
  dbt: {
    name: 'Terapia dialéctica conductual (TDC)',
    summary: 'Habilidades para emociones intensas, momentos de crisis y relaciones.',
    forClient:
      'La TDC enseña habilidades para atravesar emociones intensas sin empeorar las cosas, para llevarse mejor con los demás y para aceptarse a sí mismo mientras sigue haciendo cambios.',
    sessionInvolves:
      'Por lo general, una sesión individual semanal y un grupo semanal de habilidades. Puede llevar una tarjeta diaria de impulsos y habilidades usadas, y a menudo recibir un breve apoyo entre sesiones.',
    dose: 'Sesión individual semanal y grupo de habilidades semanal, por lo general de seis meses a un año',
    techniques: {
      'distress-tolerance': {
        name: 'Tolerancia al malestar',
        description: 'Maneras de atravesar un momento de crisis sin actuar según impulsos que lo empeorarían.',
      },
      'emotion-regulation': {
        name: 'Regulación emocional',
        description: 'Ponerles nombre a las emociones, entender para qué sirven y lograr que aparezcan con menos frecuencia y menos fuerza.',
      },
      'interpersonal-effectiveness': {
        name: 'Efectividad interpersonal',
        description: 'Pedir lo que necesita y decir que no, cuidando sus relaciones y su respeto por sí mismo.',
      },
      'dbt-mindfulness': {
        name: 'Habilidades de atención plena',
        description: 'Notar el momento presente, incluidos pensamientos y emociones, sin juzgarlos.',
      },
      'diary-card': {
        name: 'Tarjeta diaria',
        description: 'Un registro diario de emociones, impulsos y habilidades que usó, que se revisa al comienzo de cada sesión.',
      },
    },
  },
  act: {
    name: 'Terapia de aceptación y compromiso (ACT)',
    summary: 'Hacer lugar a las emociones difíciles mientras actúa según lo que le importa.',
    forClient:
      'La ACT le ayuda a dejar de luchar contra pensamientos y emociones dolorosos para que ocupen menos espacio, y a tener claro lo que le importa para dar pasos en esa dirección.',
    sessionInvolves:
      'Conversación con ejercicios breves y metáforas, para descubrir sus valores y acordar pequeñas acciones comprometidas que probar durante la semana.',
    dose: 'Sesiones semanales de 50 minutos, a menudo de 8 a 16 en total',
    techniques: {
      defusion: {
        name: 'Defusión cognitiva',
        description: 'Tomar distancia de los pensamientos para verlos como palabras que pasan, no como órdenes que cumplir.',
      },
      acceptance: {
        name: 'Aceptación',
        description: 'Dejar que las emociones incómodas estén presentes sin pelear contra ellas.',
      },
      'values-clarification': {
        name: 'Clarificación de valores',
        description: 'Descubrir qué tipo de persona quiere ser y qué es lo que más le importa.',
      },
      'committed-action': {
        name: 'Acción comprometida',
        description: 'Pasos pequeños y concretos en la dirección de sus valores, aunque cueste.',
      },
    },
  },
  mindfulness: {
    name: 'Reducción del estrés basada en la atención plena (MBSR) y práctica de atención plena',
    summary: 'Entrenar la atención en el momento presente para aliviar el estrés.',
    forClient:
      'La atención plena (mindfulness) es practicar cómo prestar atención a lo que pasa ahora, en su cuerpo y en su mente, con curiosidad en lugar de juicio. Practicar con regularidad puede bajar el estrés y ayudarle a salir de las espirales de preocupación o de ánimo bajo.',
    sessionInvolves:
      'Prácticas guiadas, como el escaneo corporal, la respiración consciente y el movimiento suave, y luego una conversación sobre lo que notó. El curso MBSR se hace en grupo, con práctica diaria en casa.',
    dose: 'Ocho sesiones semanales en grupo de unas dos horas y media, más un día de práctica y práctica diaria en casa',
    techniques: {
      'body-scan': {
        name: 'Escaneo corporal',
        description: 'Llevar la atención despacio por todo el cuerpo, notando las sensaciones sin intentar cambiarlas.',
      },
      'mindful-breathing': {
        name: 'Respiración consciente',
        description: 'Apoyar la atención en la respiración y traerla de vuelta con suavidad cuando la mente se distrae.',
      },
      'mindful-movement': {
        name: 'Movimiento consciente',
        description: 'Estiramientos suaves o caminar despacio y con atención.',
      },
      'breathing-space': {
        name: 'Espacio de respiración de tres minutos',
        description: 'Una pausa corta durante el día para notar lo que está pasando, centrarse en la respiración y volver a ampliar la atención.',
      },
    },
  },
  psychodynamic: {
    name: 'Terapia psicodinámica',
    summary: 'Entender cómo las experiencias pasadas y los patrones ocultos influyen en el presente.',
    forClient:
      'La terapia psicodinámica explora emociones y patrones de los que quizá no es del todo consciente, muchas veces con raíces en relaciones tempranas, y cómo aparecen hoy en su vida y en sus relaciones.',
    sessionInvolves:
      'Usted habla de lo que tenga en mente; el terapeuta le ayuda a notar temas que se repiten, también en cómo se relaciona con él, y lo que pueden significar.',
    dose: 'Sesiones semanales de 50 minutos; el trabajo breve suele ser de 16 a 30 sesiones y el más largo no tiene un final fijo',
    techniques: {
      'exploring-patterns': {
        name: 'Explorar patrones en las relaciones',
        description: 'Notar cómo las mismas dificultades en las relaciones aparecen una y otra vez.',
      },
      'exploring-feelings': {
        name: 'Explorar emociones evitadas',
        description: 'Dar espacio a emociones que normalmente se dejan de lado.',
      },
      'therapeutic-relationship': {
        name: 'Aprender de la relación terapéutica',
        description: 'Observar lo que pasa entre usted y el terapeuta como una ventana a otras relaciones.',
      },
    },
  },
  'person-centered': {
    name: 'Terapia centrada en la persona',
    summary: 'Ser escuchado sin juicios, a su propio ritmo.',
    forClient:
      'La terapia centrada en la persona parte de que usted es quien mejor conoce su propia vida. El terapeuta escucha con atención, sin juzgar ni dirigir, para que usted encuentre su propio camino.',
    sessionInvolves: 'Usted guía la conversación. El terapeuta escucha, le devuelve lo que oye y comprueba que lo entiende.',
    dose: 'Sesiones semanales de 50 minutos, sin un final fijo y revisadas juntos',
    techniques: {
      'reflective-listening': {
        name: 'Escucha reflexiva',
        description: 'El terapeuta dice con sus palabras lo que usted contó, para que se sienta comprendido y se escuche a sí mismo con más claridad.',
      },
      'unconditional-regard': {
        name: 'Aceptación sin juicios',
        description: 'Una relación estable y de aceptación en la que puede decir cualquier cosa.',
      },
    },
  },
  psychoeducation: {
    name: 'Psicoeducación',
    summary: 'Información clara sobre lo que le está pasando y sobre lo que ayuda.',
    forClient:
      'La psicoeducación es aprender cómo funciona una dificultad —qué pasa en el cuerpo y en la mente, qué la mantiene y qué suele ayudar— para que resulte menos confusa y pueda tomar decisiones informadas.',
    sessionInvolves: 'Explicaciones, esquemas y materiales por escrito, tiempo para sus preguntas y, a veces, la participación de personas cercanas.',
    dose: 'Algunas sesiones semanales, o integrada en otro trabajo; también se ofrece en grupos',
    techniques: {
      'condition-information': {
        name: 'Información sobre la afección',
        description: 'Qué es la dificultad, qué tan frecuente es y qué la mantiene.',
      },
      'warning-signs': {
        name: 'Señales de alerta temprana',
        description: 'Reconocer las primeras señales de que las cosas empeoran y acordar qué hacer entonces.',
      },
      'family-information': {
        name: 'Información para la familia',
        description: 'Ayudar a las personas a su alrededor a entenderle y apoyarle.',
      },
    },
  },
  somatic: {
    name: 'Técnicas somáticas (basadas en el cuerpo)',
    summary: 'Trabajar con las sensaciones del cuerpo para calmar el sistema nervioso.',
    forClient:
      'El estrés y el trauma se sienten en el cuerpo, no solo en los pensamientos. El trabajo somático le ayuda a notar las sensaciones del cuerpo, encontrar maneras de calmarse y estabilizarse, y sentirse más seguro en su cuerpo.',
    sessionInvolves:
      'Ejercicios breves y suaves de respiración, postura, movimiento o conexión con el presente, prestando atención a lo que hace el cuerpo, siempre al ritmo que usted elija.',
    dose: 'Sesiones semanales de 50 a 60 minutos; la duración del tratamiento varía',
    techniques: {
      grounding: {
        name: 'Anclaje en el presente',
        description: 'Usar los sentidos y la sensación de los pies en el suelo para volver al aquí y ahora.',
      },
      'paced-breathing': { name: 'Respiración pausada', description: 'Hacer más lenta la exhalación para calmar la respuesta de alarma del cuerpo.' },
      'body-awareness': {
        name: 'Conciencia corporal',
        description: 'Notar la tensión, la comodidad y otras sensaciones, y lo que le están diciendo.',
      },
      titration: {
        name: 'Trabajar en pequeñas dosis',
        description: 'Tocar las sensaciones difíciles solo por un momento y luego volver a algo que se sienta seguro.',
      },
    },
  },
  narrative: {
    name: 'Técnicas narrativas',
    summary: 'Dar sentido a lo vivido contando y volviendo a contar su historia.',
    forClient:
      'El trabajo narrativo le ayuda a poner en palabras y en orden lo que pasó, y a separarse del problema, para que su historia no trate solo de la dificultad sino también de sus fortalezas y valores.',
    sessionInvolves: 'Hablar o escribir sobre sus experiencias, nombrar el problema como algo fuera de usted y notar las veces en que le hizo frente.',
    dose: 'Sesiones de 50 minutos, cada semana o cada dos semanas',
    techniques: {
      externalizing: {
        name: 'Externalizar el problema',
        description: 'Hablar del problema como algo separado de usted, algo que enfrenta y no lo que usted es.',
      },
      'life-story': {
        name: 'Ordenar lo que pasó',
        description: 'Construir una línea de tiempo de lo ocurrido para que los recuerdos sueltos tengan más sentido.',
      },
      're-authoring': {
        name: 'Reescribir la historia',
        description: 'Encontrar momentos que no encajan con la historia del problema y construir a partir de ellos un relato más completo.',
      },
    },
  },
  'motivational-interviewing': {
    name: 'Entrevista motivacional',
    summary: 'Una conversación respetuosa sobre el cambio, para cuando tiene sentimientos encontrados.',
    forClient:
      'Es normal tener sentimientos encontrados sobre cambiar algo como el consumo de alcohol o de drogas. La entrevista motivacional es una conversación que le ayuda a explorar sus propias razones, sin presión ni sermones, y a decidir qué quiere hacer.',
    sessionInvolves:
      'Preguntas abiertas y escucha atenta sobre lo que le gusta y lo que no de la situación actual, lo que le importa y, si usted lo decide, un plan de cambio.',
    dose: 'De una a cuatro sesiones, o integrada en otra terapia',
    techniques: {
      'open-questions': {
        name: 'Preguntas abiertas y reflejos',
        description: 'Preguntas que le invitan a contar más, y reflejos que muestran que fue escuchado.',
      },
      'decisional-balance': {
        name: 'Sopesar el cambio',
        description: 'Mirar con honestidad los pros y los contras de seguir igual y de cambiar.',
      },
      'change-plan': { name: 'Plan de cambio', description: 'Si decide cambiar: qué, por qué, cómo y quién puede ayudarle.' },
    },
  },
  'trauma-informed': {
    name: 'Atención informada sobre el trauma (una forma de trabajar)',
    summary: 'Cómo todo el servicio trabaja con personas afectadas por un trauma: seguridad, elección, confianza y colaboración. Una actitud, no un tratamiento por sí sola.',
    forClient:
      'La atención informada sobre el trauma es una forma de trabajar que siguen todas las personas que participan en su atención: se le mantiene informado, usted tiene elección y control, y el objetivo es que nada se sienta inseguro ni se haga sin su consentimiento. Acompaña al tratamiento que usted elija; no lo reemplaza.',
    sessionInvolves: 'Acordar cómo serán las sesiones, qué le ayuda a sentirse seguro, cómo hacer una pausa, y volver a hablarlo a medida que avanza el tratamiento.',
    dose: 'Durante toda la atención, junto con cualquier tratamiento',
    techniques: {
      'phase-safety': {
        name: 'Seguridad y estabilidad',
        description: 'Cuidar la seguridad en la vida diaria y las maneras de estabilizarse, junto con el tratamiento.',
      },
      'phase-processing': {
        name: 'El ritmo del trabajo centrado en el trauma',
        description: 'Acordar juntos el ritmo de cualquier terapia centrada en el trauma; se habla de si está listo, no se da por supuesto.',
      },
      'phase-reconnection': { name: 'Reconexión', description: 'Reconstruir relaciones, rutinas y un sentido de futuro.' },
      'choice-and-control': {
        name: 'Elección y control',
        description: 'Usted decide el ritmo, de qué se habla y cuándo parar.',
      },
    },
  },
  'play-therapy': {
    name: 'Terapia de juego',
    summary: 'Terapia a través del juego, sobre todo para niños.',
    forClient:
      'Los niños muchas veces muestran sus emociones jugando con más facilidad que con palabras. En la terapia de juego, el niño juega con juguetes y materiales que elige mientras el terapeuta le ayuda a expresar y procesar lo que le preocupa.',
    sessionInvolves:
      'Una sala de juego con juguetes, arena, títeres o materiales de arte. El niño guía; por lo general, los padres o cuidadores también se reúnen por separado con el terapeuta.',
    dose: 'Sesiones semanales de 45 minutos, a menudo durante varios meses',
    techniques: {
      'child-led-play': {
        name: 'Juego guiado por el niño',
        description: 'El niño elige a qué jugar mientras el terapeuta le sigue y pone nombre a las emociones.',
      },
      'sand-tray': {
        name: 'Bandeja de arena',
        description: 'Construir escenas en una bandeja de arena con figuras pequeñas para mostrar lo que cuesta decir.',
      },
      'carer-sessions': {
        name: 'Sesiones con padres o cuidadores',
        description: 'Ayudar a los adultos a entender al niño y a apoyar sus avances en casa.',
      },
    },
  },
  'art-therapy': {
    name: 'Arteterapia',
    summary: 'Dibujar, pintar o crear cosas para expresar lo que cuesta decir.',
    forClient:
      'La arteterapia usa la creación artística —no hace falta saber dibujar— como una manera de expresar y explorar emociones y experiencias difíciles de poner en palabras.',
    sessionInvolves: 'Crear algo con los materiales que elija y después, si quiere, hablar de ello con el terapeuta.',
    dose: 'Sesiones semanales de alrededor de una hora, individuales o en grupo',
    techniques: {
      'free-art-making': { name: 'Creación libre', description: 'Crear lo que surja, con el terapeuta a su lado.' },
      'guided-art': {
        name: 'Actividades artísticas guiadas',
        description: 'Un tema o una consigna, como dibujar un lugar seguro, para explorarlo juntos.',
      },
    },
  },
  'family-therapy': {
    name: 'Terapia familiar y de pareja',
    summary: 'Trabajar las dificultades junto con las personas más cercanas.',
    forClient:
      'La terapia familiar o de pareja reúne a las personas importantes para usted, para que todos puedan ser escuchados, entenderse mejor y encontrar juntos nuevas maneras de afrontar los problemas.',
    sessionInvolves:
      'Sesiones con dos o más familiares o con la pareja. El terapeuta se asegura de que cada persona tenga su turno y ayuda al grupo a notar y cambiar patrones.',
    dose: 'Sesiones de 60 a 90 minutos, cada semana o cada dos semanas, a menudo de 6 a 20 en total',
    techniques: {
      'communication-skills': {
        name: 'Habilidades de comunicación',
        description: 'Practicar cómo escuchar y hablar para que cada persona se sienta escuchada.',
      },
      'family-patterns': {
        name: 'Observar los patrones familiares',
        description: 'Notar los ciclos en cómo responde la familia al estrés y cómo cambiarlos.',
      },
      'shared-problem-solving': {
        name: 'Resolver problemas juntos',
        description: 'Ponerse de acuerdo sobre un problema común y definir pasos que todos puedan dar.',
      },
    },
  },
  integrative: {
    name: 'Enfoque integrador en un solo plan',
    summary: 'Un solo plan que combina enfoques para dificultades que se presentan juntas.',
    forClient:
      'Cuando varias dificultades se influyen entre sí —por ejemplo, el ánimo bajo y el consumo de alcohol—, tratarlas juntas en un solo plan y con un mismo equipo suele funcionar mejor que tratar una y después la otra. Las técnicas se eligen de distintos enfoques para que se ajusten a usted.',
    sessionInvolves: 'Sesiones que abordan a la vez las dificultades relacionadas, con habilidades de más de un enfoque y un único conjunto de metas acordadas por todos.',
    dose: 'Sesiones semanales de 50 minutos, revisadas juntos en cada revisión del plan',
    techniques: {
      'shared-formulation': {
        name: 'Comprensión compartida',
        description: 'Una visión común de cómo las dificultades se alimentan entre sí.',
      },
      'combined-skills': {
        name: 'Habilidades de varios enfoques',
        description: 'Elegir técnicas de distintos enfoques según lo que necesita ahora.',
      },
      'care-coordination': { name: 'Atención coordinada', description: 'Todas las personas que participan en su atención trabajan con el mismo plan.' },
    },
  },
  'mat-referral': {
    name: 'Derivación para medicamentos para el trastorno por consumo de alcohol u opioides (MAUD / MOUD)',
    summary: 'Una derivación a un profesional que receta medicamentos, para hablar de tratamiento con medicamentos para un trastorno moderado o grave por consumo de alcohol u opioides.',
    forClient:
      'En un trastorno moderado o grave por consumo de alcohol u opioides, los medicamentos junto con la consejería pueden hacer que la recuperación sea más segura y duradera. Esto es una derivación a un médico u otro profesional que receta, que lo hablará con usted y decidirán juntos si un medicamento le conviene. Este plan no receta medicamentos.',
    sessionInvolves:
      'Una cita con un profesional que receta para hablar de su consumo, su salud y las opciones. Cualquier medicamento y su dosis los decide y los controla ese profesional.',
    techniques: {
      'prescriber-referral': {
        name: 'Derivación a un profesional que receta',
        description: 'Organizar una cita con un médico u otro profesional que receta con experiencia en adicciones.',
      },
      'care-coordination': {
        name: 'Mantener el contacto con quien receta',
        description: 'Con su consentimiento, compartir los avances para que la consejería y el medicamento funcionen juntos.',
      },
    },
  },
  'support-groups': {
    name: 'Grupos de apoyo (presenciales o en línea)',
    summary: 'Encontrarse con personas con experiencias parecidas, en persona o en línea.',
    forClient:
      'Los grupos de apoyo reúnen a personas que enfrentan desafíos parecidos para compartir experiencias y darse ánimo. Algunos se reúnen en persona y otros en línea; algunos siguen un programa y otros son una conversación abierta.',
    sessionInvolves: 'Una reunión regular guiada por un facilitador o por los mismos miembros. Puede limitarse a escuchar hasta que se sienta listo para compartir.',
    dose: 'Por lo general, reuniones semanales de 60 a 90 minutos, sin fecha de fin',
    techniques: {
      'in-person-group': { name: 'Grupo presencial', description: 'Un grupo local que se reúne cara a cara.' },
      'online-group': { name: 'Grupo en línea', description: 'Un grupo que se reúne por video o un foro en línea moderado.' },
      'mutual-help': {
        name: 'Programa de ayuda mutua',
        description: 'Grupos de recuperación entre pares, como los de 12 pasos o SMART Recovery.',
      },
    },
  },
  lifestyle: {
    name: 'Estilo de vida: ejercicio, sueño y manejo del estrés',
    summary: 'Hábitos diarios que apoyan el ánimo y la recuperación.',
    forClient:
      'Moverse con regularidad, dormir de forma estable y tener maneras de relajarse influyen en el ánimo, la preocupación y la energía. Cambios pequeños y realistas que usted elija pueden apoyar todo lo demás de su plan.',
    sessionInvolves: 'Acordar uno o dos cambios pequeños, practicarlos entre sesiones y revisar brevemente cómo fueron.',
    dose: 'Se practica a diario entre sesiones; una revisión breve en cada sesión',
    techniques: {
      exercise: {
        name: 'Actividad física',
        description: 'Ir aumentando un movimiento regular que disfrute, como caminar, andar en bicicleta o bailar.',
      },
      'sleep-routine': {
        name: 'Rutina de sueño',
        description: 'Horarios regulares para acostarse y levantarse, y un rato tranquilo antes de dormir.',
      },
      'stress-management': {
        name: 'Manejo del estrés',
        description: 'Planificar la semana, tomar descansos y usar un método de relajación que le funcione.',
      },
    },
  },
  'safety-planning': {
    name: 'Plan de seguridad',
    summary: 'Un plan por escrito, hecho juntos, para atravesar los momentos en que aparecen pensamientos de suicidio o de hacerse daño.',
    forClient:
      'Un plan de seguridad es una lista corta que usted escribe con su profesional clínico y tiene siempre a mano: las señales de que empieza un momento difícil, lo que puede hacer por su cuenta para atravesarlo, personas y lugares que le ayudan, a quién llamar, cómo contactar ayuda profesional y de crisis, y cómo hacer más seguro su entorno. También recoge sus razones para vivir.',
    sessionInvolves: 'Repasar juntos cada paso con sus propias palabras, acordar dónde guardará el plan y volver a mirarlo en sesiones posteriores.',
    dose: 'Se hace en una sesión, el mismo día en que se ve la necesidad; se revisa en sesiones posteriores',
    techniques: {
      'warning-signs': {
        name: 'Señales de alerta',
        description: 'Notar los pensamientos, emociones y situaciones que vienen antes de una crisis.',
      },
      'coping-and-contacts': {
        name: 'Afrontamiento y contactos',
        description: 'Cosas que puede hacer por su cuenta, personas y lugares para distraerse, y personas a quienes pedir ayuda.',
      },
      'crisis-contacts': {
        name: 'Ayuda profesional y de crisis',
        description: 'A quién llamar y cómo, a cualquier hora (en los EE. UU., la Línea 988 de Prevención del Suicidio y Crisis).',
      },
      'safer-environment': { name: 'Un entorno más seguro', description: 'Acordar cómo mantener fuera de su alcance los medios para hacerse daño.' },
    },
  },
  cpt: {
    name: 'Terapia de procesamiento cognitivo (TPC)',
    summary: 'Una terapia centrada en el trauma que trabaja las creencias que dejó el trauma. Tratamiento de primera línea para el TEPT en las guías del VA/DoD, la APA y NICE.',
    forClient:
      'Después de un trauma, muchas personas se quedan atascadas en creencias sobre por qué pasó y lo que significa sobre sí mismas, los demás y el mundo. En la TPC revisan juntos esos «puntos de atasco», los comparan con los hechos y encuentran maneras de ver las cosas más acertadas y menos dolorosas.',
    sessionInvolves: 'Sesiones semanales estructuradas con hojas de trabajo breves entre ellas; a menudo, escribir un relato de lo que pasó y de lo que ha significado para usted.',
    dose: 'Unas 12 sesiones semanales de 50 a 60 minutos',
    techniques: {
      'stuck-points': {
        name: 'Trabajar los puntos de atasco',
        description: 'Encontrar y cuestionar creencias que dejó el trauma, como culparse a sí mismo.',
      },
      'impact-statement': {
        name: 'Declaración de impacto',
        description: 'Escribir lo que el trauma ha significado para usted y cómo cambió sus creencias.',
      },
    },
  },
  'prolonged-exposure': {
    name: 'Exposición prolongada (EP)',
    summary: 'Una terapia centrada en el trauma que se acerca poco a poco al recuerdo y a las situaciones seguras que evita desde entonces. Tratamiento de primera línea para el TEPT en las guías del VA/DoD, la APA y NICE.',
    forClient:
      'Evitar los recuerdos y lo que los trae tiene sentido después de un trauma, pero mantiene el miedo. En la EP usted habla del recuerdo con su terapeuta, al ritmo que acuerden, y paso a paso vuelve a lugares y actividades seguros que ha estado evitando, para que el recuerdo y lo que lo trae pierdan su fuerza.',
    sessionInvolves:
      'Sesiones semanales de hasta 90 minutos: aprender sobre las reacciones comunes al trauma, practicar la respiración, volver a contar el recuerdo en voz alta y practicar lo acordado entre sesiones.',
    dose: 'De 8 a 15 sesiones semanales de 60 a 90 minutos',
    techniques: {
      'imaginal-exposure': {
        name: 'Volver al recuerdo',
        description: 'Hablar del recuerdo del trauma con apoyo hasta que resulte menos abrumador.',
      },
      'in-vivo-exposure': {
        name: 'Práctica en la vida real',
        description: 'Volver paso a paso a situaciones seguras que ha estado evitando.',
      },
    },
  },
  emdr: {
    name: 'Desensibilización y reprocesamiento por movimientos oculares (EMDR)',
    summary: 'Una terapia centrada en el trauma que trae el recuerdo a la mente mientras sigue movimientos de un lado a otro. Recomendada por el VA/DoD 2023 y NICE (trauma no relacionado con combate); sugerida por la APA 2017.',
    forClient:
      'En el EMDR usted trae a la mente un recuerdo traumático durante ratos cortos mientras sigue los movimientos de la mano de su terapeuta o sonidos de un lado a otro. A lo largo de las sesiones, el recuerdo suele volverse menos angustiante y cambian las creencias ligadas a él.',
    sessionInvolves: 'Primero, preparación y habilidades para calmarse; luego, sesiones que trabajan los recuerdos elegidos en series cortas, con una pausa para ver cómo está después de cada una.',
    dose: 'A menudo de 8 a 12 sesiones semanales de 60 a 90 minutos',
    techniques: {
      'bilateral-stimulation': {
        name: 'Series de reprocesamiento',
        description: 'Mantener el recuerdo en mente por un momento mientras sigue movimientos o sonidos de un lado a otro.',
      },
      'resource-installation': {
        name: 'Recursos para calmarse',
        description: 'Un lugar tranquilo y otros recursos para estabilizarse entre series.',
      },
    },
  },
  'tf-cbt': {
    name: 'TCC centrada en el trauma',
    summary: 'TCC enfocada en el recuerdo del trauma y en su significado. Recomendada para el TEPT por NICE NG116 y, como TCC, por la APA 2017.',
    forClient:
      'La TCC centrada en el trauma le ayuda a dar sentido a lo que pasó, actualizar el recuerdo con lo que sabe ahora y reducir el miedo y la evitación que mantienen el TEPT. Con niños y jóvenes, los cuidadores suelen participar.',
    sessionInvolves: 'Sesiones semanales estructuradas: entender las reacciones al trauma, trabajar con el recuerdo y su significado, y practicar entre sesiones.',
    dose: 'De 8 a 12 sesiones semanales, más si hace falta',
    techniques: {
      'trauma-narrative': {
        name: 'Trabajar con el recuerdo',
        description: 'Repasar lo que pasó y actualizar su significado con lo que sabe ahora.',
      },
      'reclaiming-life': {
        name: 'Recuperar su vida',
        description: 'Volver a actividades y personas con las que perdió el contacto.',
      },
    },
  },
  'cbt-i': {
    name: 'TCC para el insomnio (TCC-I)',
    summary: 'Una terapia breve y estructurada para problemas de sueño de larga duración; el tratamiento de primera línea en la guía de la AASM de 2021.',
    forClient:
      'La TCC-I vuelve a entrenar al cuerpo y a la mente para dormir: un horario de sueño que se ajusta al sueño que realmente tiene, levantarse cuando no puede dormir y trabajar las preocupaciones que le mantienen despierto. Los consejos sobre hábitos de sueño son parte de ella, pero por sí solos no bastan para tratar el insomnio.',
    sessionInvolves: 'Llevar un diario de sueño, fijar y ajustar un horario de sueño y trabajar los pensamientos sobre el sueño, a lo largo de algunas sesiones semanales.',
    dose: 'De 4 a 8 sesiones semanales, en persona, en grupo o en formato digital',
    techniques: {
      'sleep-restriction': {
        name: 'Horario de sueño (restricción del sueño)',
        description: 'El tiempo en la cama se ajusta al sueño que realmente tiene y se amplía a medida que el sueño mejora.',
      },
      'stimulus-control': {
        name: 'La cama para dormir',
        description: 'Acostarse solo cuando tenga sueño y levantarse cuando no pueda dormir.',
      },
      'sleep-thoughts': {
        name: 'Pensamientos sobre el sueño',
        description: 'Comparar preocupaciones como «mañana no voy a poder con todo» con lo que realmente pasa.',
      },
    },
  },
  'brief-intervention': {
    name: 'Intervención breve sobre el alcohol (SBIRT)',
    summary: 'Una o algunas conversaciones cortas después de un resultado positivo en la detección de alcohol: comentarios, consejo y las metas propias de la persona (USPSTF 2018).',
    forClient:
      'Una conversación corta y respetuosa sobre lo que mostró la detección, cómo puede estar afectando la bebida a su salud y qué le gustaría cambiar, si quiere cambiar algo. Usted decide su propia meta.',
    sessionInvolves: 'Comentarios sobre el resultado de la detección, información sobre los límites de menor riesgo y una conversación motivacional sobre el cambio, con un seguimiento.',
    dose: 'De una a cuatro conversaciones cortas de 5 a 30 minutos',
    techniques: {
      feedback: { name: 'Comentarios sobre la detección', description: 'Repasar lo que muestran las respuestas, sin juzgar.' },
      'motivational-conversation': {
        name: 'Conversación motivacional',
        description: 'Explorar sus propias razones a favor y en contra del cambio, y su meta.',
      },
    },
  },
};
