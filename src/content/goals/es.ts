import type { LibraryWords } from '../../clinical/goals/library-structure.js';

/**
 * La biblioteca de metas en español: puntos de partida propios de tailored-plan-kit (MIT), para
 * insertar y luego ajustar con la persona. El texto clínico usa los términos habituales (TEPT,
 * PHQ-9…); las «palabras de la persona» van en primera persona, como las diría ella, y sin marcar
 * género cuando se puede. Estructura (ids, medidas, metas numéricas, plazos):
 * src/clinical/goals/library-structure.ts.
 */
export const GOAL_LIBRARY_ES: LibraryWords = {
  title: 'Biblioteca inicial de tailored-plan-kit',
  problems: {
    depression: {
      title: 'Ánimo bajo y pérdida de interés',
      summary: 'Ánimo bajo casi todos los días, menos disfrute de las cosas y alejarse de la vida diaria.',
      evidencedBy: [
        'Refiere sentirse decaído o apagado casi todos los días desde hace varias semanas',
        'Ha dejado de hacer varias actividades que antes le importaban',
        'Han cambiado el sueño, el apetito o la energía',
      ],
      goals: {
        'mood-lift': {
          clinicalText: 'Reducir los síntomas depresivos al rango mínimo.',
          clientWords: 'Quiero volver a sentirme como antes.',
          objectives: {
            'phq9-remission': {
              clinicalText: 'Puntuación total del PHQ-9 menor de 5.',
              clientWords: 'Mi puntuación en el cuestionario del ánimo baja al rango más bajo.',
              label: 'total del PHQ-9',
            },
            'valued-activities': {
              clinicalText: 'Programar y realizar cada semana actividades valiosas o agradables.',
              clientWords: 'Volver a hacer cosas que me importan, aunque sean pequeñas.',
              label: 'actividades planificadas realizadas',
              unit: 'por semana',
              gasLevels: [
                'Ninguna actividad planificada realizada',
                'Una o dos por semana',
                'Cuatro por semana',
                'Cinco o seis por semana',
                'Siete o más por semana, algunas sin planificar',
              ],
            },
          },
        },
        'daily-rhythm': {
          clinicalText: 'Recuperar un ritmo diario estable de sueño, comidas y movimiento.',
          clientWords: 'Que mis días vuelvan a tener cierta forma.',
          objectives: {
            'wake-time': {
              clinicalText: 'Levantarse dentro de los 30 minutos de la hora elegida para despertar.',
              label: 'días levantándose a la hora elegida',
              unit: 'por semana',
            },
            walks: {
              clinicalText: 'Salir a caminar al menos 15 minutos.',
              label: 'caminatas de 15 minutos o más',
              unit: 'por semana',
            },
          },
        },
      },
    },
    'generalized-anxiety': {
      title: 'Preocupación persistente y difícil de controlar',
      summary: 'Preocupación por muchas cosas que ocupa tiempo y cuesta apagar.',
      evidencedBy: [
        'Se preocupa por varios aspectos de la vida casi todos los días',
        'Le cuesta detener o dejar de lado la preocupación',
        'Se siente tenso, inquieto o cansado, o duerme mal por la preocupación',
      ],
      goals: {
        'worry-less': {
          clinicalText: 'Reducir el tiempo y el malestar que ocupa la preocupación.',
          clientWords: 'Quiero que mi cabeza esté más tranquila.',
          objectives: {
            'gad7-minimal': {
              clinicalText: 'Puntuación total del GAD-7 menor de 5.',
              clientWords: 'Mi puntuación en el cuestionario de preocupación baja al rango más bajo.',
              label: 'total del GAD-7',
            },
            'worry-minutes': {
              clinicalText: 'Limitar la preocupación a un momento fijo; anotar los minutos de preocupación fuera de él.',
              label: 'minutos de preocupación fuera del momento fijo',
              unit: 'por día',
            },
          },
        },
        'tolerate-uncertainty': {
          clinicalText: 'Llevar a cabo planes sin buscar que le tranquilicen ni comprobar de más.',
          clientWords: 'Tomar decisiones sin preguntar antes a todo el mundo.',
          objectives: {
            reassurance: {
              clinicalText: 'Reducir la búsqueda de tranquilidad (preguntar a otros, buscar en internet, volver a comprobar).',
              label: 'veces que busca que le tranquilicen',
              unit: 'por día',
            },
          },
        },
      },
    },
    panic: {
      title: 'Ataques de pánico y miedo a tenerlos',
      summary: 'Oleadas repentinas de miedo con sensaciones fuertes en el cuerpo, y evitar lugares por ellas.',
      evidencedBy: [
        'Tiene episodios repentinos de miedo intenso con el corazón acelerado, falta de aire o mareo',
        'Le preocupa el próximo ataque o lo que podría significar',
        'Evita lugares o actividades donde tuvo un ataque o podría tenerlo',
      ],
      goals: {
        'fewer-attacks': {
          clinicalText: 'Reducir la frecuencia de los ataques de pánico y el miedo que producen.',
          clientWords: 'Que el pánico deje de tomarme por sorpresa.',
          objectives: {
            'attacks-per-week': {
              clinicalText: 'Reducir los ataques de pánico a no más de uno por semana.',
              clientWords: 'Pasar de tener pánico todos los días a una vez por semana como mucho.',
              label: 'ataques de pánico',
              unit: 'por semana',
              gasLevels: [
                'Ataques con más frecuencia que al principio',
                'Más o menos con la misma frecuencia que al principio',
                'Uno por semana o menos',
                'Uno cada dos semanas',
                'Ninguno en cuatro semanas',
              ],
            },
            'sensation-practice': {
              clinicalText: 'Practicar provocar a propósito las sensaciones del cuerpo temidas y quedarse con ellas.',
              label: 'prácticas con sensaciones',
              unit: 'por semana',
            },
          },
        },
        'reclaim-places': {
          clinicalText: 'Volver a lugares y actividades que evita por el pánico.',
          clientWords: 'Tomar el autobús e ir al supermercado por mi cuenta.',
          objectives: {
            'avoided-situations': {
              clinicalText: 'Entrar en situaciones de la lista de evitación sin irse antes de tiempo.',
              label: 'situaciones evitadas que enfrentó',
              unit: 'por semana',
            },
          },
        },
      },
    },
    'specific-phobia': {
      title: 'Miedo intenso a algo o a una situación concreta',
      summary: 'Miedo fuerte a una cosa (por ejemplo, volar, las agujas, los perros, las alturas) y evitarla.',
      evidencedBy: [
        'Siente un miedo intenso en cuanto lo temido está cerca o se espera',
        'Lo evita, o lo soporta con mucho malestar',
        'La evitación le dificulta el trabajo, la atención médica, los viajes o la vida familiar',
      ],
      goals: {
        'face-fear': {
          clinicalText: 'Acercarse paso a paso a la situación temida hasta que sea manejable.',
          clientWords: 'Poder hacer eso que he estado evitando.',
          objectives: {
            'ladder-steps': {
              clinicalText: 'Subir la escalera de exposición: completar pasos, quedándose hasta que el miedo baje.',
              label: 'pasos completados de la escalera de exposición',
              unit: 'pasos',
            },
            'peak-fear': {
              clinicalText: 'Calificar el miedo máximo (0–10) en el paso más difícil alcanzado hasta ahora.',
              label: 'miedo máximo en el paso más difícil',
              unit: '0–10',
            },
          },
        },
      },
    },
    ptsd: {
      title: 'Malestar después de un evento traumático',
      summary: 'Recuerdos, pesadillas, estar en alerta y evitar lo que recuerda lo ocurrido, después de algo aterrador.',
      evidencedBy: [
        'Tiene recuerdos no deseados, pesadillas o escenas retrospectivas (flashbacks) del evento',
        'Evita personas, lugares o pensamientos que se lo recuerdan',
        'Se siente en tensión, se sobresalta con facilidad o duerme mal',
      ],
      goals: {
        'less-intrusion': {
          clinicalText: 'Reducir los síntomas del trauma por debajo del nivel que sugiere TEPT.',
          clientWords: 'Que los recuerdos dejen de controlar mi vida.',
          objectives: {
            'pcl5-below': {
              clinicalText: 'Puntuación total del PCL-5 menor de 31.',
              clientWords: 'Mi puntuación en el cuestionario sobre el trauma baja del nivel que sugiere TEPT.',
              label: 'total del PCL-5',
            },
            nightmares: {
              clinicalText: 'Reducir las noches en que le despiertan las pesadillas.',
              label: 'noches con despertares por pesadillas',
              unit: 'por semana',
            },
          },
        },
      },
    },
    'complex-trauma': {
      title: 'Efectos de un trauma prolongado o repetido',
      summary: 'Trauma repetido o prolongado que afecta las emociones, las relaciones y el sentido de sí mismo; el trabajo puede organizarse en fases.',
      evidencedBy: [
        'Tiene emociones fuertes que le cuesta bajar',
        'A veces se siente desconectado, entumecido o «como si no estuviera aquí»',
        'Le cuesta confiar en los demás o sentirse seguro en las relaciones',
      ],
      phases: {
        safety: {
          title: 'Seguridad y estabilización',
          description: 'Construir seguridad, rutinas y maneras de calmar las emociones fuertes, tanto como la persona lo necesite; la terapia centrada en el trauma no tiene por qué esperar a que termine.',
        },
        processing: {
          title: 'Procesamiento',
          description: 'Trabajar los recuerdos traumáticos a un ritmo que se mantenga dentro de lo tolerable.',
        },
        integration: {
          title: 'Integración',
          description: 'Construir la vida, las relaciones y el sentido de sí mismo que la persona quiere de aquí en adelante.',
        },
      },
      goals: {
        stabilize: {
          clinicalText: 'Aumentar la seguridad y la capacidad de calmar emociones abrumadoras.',
          clientWords: 'Sentirme lo bastante seguro en mi cuerpo y en mis días.',
          objectives: {
            'grounding-use': {
              clinicalText: 'Usar una habilidad de anclaje en el presente cuando aumenta el malestar, y anotarlo.',
              label: 'veces que usó el anclaje ante el malestar',
              unit: 'por semana',
            },
            'crisis-days': {
              clinicalText: 'Reducir los días de malestar abrumador que requieren apoyo en crisis.',
              label: 'días con necesidad de apoyo en crisis',
              unit: 'por mes',
            },
          },
        },
        process: {
          clinicalText: 'Reducir el malestar de los recuerdos traumáticos con una terapia centrada en el trauma.',
          clientWords: 'Poder pensar en lo que pasó sin derrumbarme.',
          objectives: {
            'memory-distress': {
              clinicalText: 'Malestar (0–10) al recordar en sesión el recuerdo elegido.',
              label: 'malestar al recordar el recuerdo elegido',
              unit: '0–10',
            },
          },
        },
        integrate: {
          clinicalText: 'Construir relaciones y actividades que apoyen la vida que la persona quiere.',
          clientWords: 'Tener en mi vida personas y cosas que me hagan bien.',
          objectives: {
            connection: {
              clinicalText: 'Pasar tiempo con una persona o un grupo de confianza.',
              label: 'veces con una persona o grupo de confianza',
              unit: 'por semana',
            },
          },
        },
      },
    },
    'substance-use': {
      title: 'Consumo de alcohol o drogas que causa daño',
      summary: 'Un consumo que se ha vuelto difícil de controlar o que causa problemas de salud, en el trabajo o con otras personas.',
      evidencedBy: [
        'Consume más, o durante más tiempo, de lo que pensaba',
        'Ha intentado reducirlo sin lograrlo',
        'El consumo le ha causado problemas de salud, en el trabajo, de dinero o en sus relaciones',
      ],
      goals: {
        'reduce-use': {
          clinicalText: 'Reducir o dejar el consumo, al ritmo y con la meta que la persona elija.',
          clientWords: 'Volver a tener el control de lo que bebo.',
          objectives: {
            'drinking-days': {
              clinicalText: 'Reducir los días con cualquier consumo de alcohol o drogas.',
              label: 'días con consumo',
              unit: 'por semana',
            },
            'auditc-below': { clinicalText: 'Puntuación total del AUDIT-C por debajo del umbral de detección positiva.', label: 'total del AUDIT-C' },
          },
        },
        'handle-triggers': {
          clinicalText: 'Manejar los desencadenantes y los antojos sin consumir.',
          clientWords: 'Tener otra cosa que hacer cuando llegan las ganas.',
          objectives: {
            'cravings-managed': {
              clinicalText: 'Usar un paso de afrontamiento planificado cuando llega un antojo, y anotarlo.',
              label: 'antojos enfrentados con un paso de afrontamiento',
              unit: 'por semana',
            },
          },
        },
      },
    },
    'co-occurring': {
      title: 'Ánimo bajo y consumo de sustancias que se alimentan entre sí',
      summary: 'La depresión y el consumo de sustancias trabajados juntos en un solo plan integrado.',
      evidencedBy: [
        'Consume alcohol o drogas para sobrellevar el ánimo bajo',
        'El ánimo está más bajo en los días después de consumir',
        'Ambos problemas han empeorado juntos',
      ],
      goals: {
        integrated: {
          clinicalText: 'Mejorar el ánimo y reducir el consumo a la vez, tratando cada uno como parte del otro.',
          clientWords: 'Romper el ciclo de sentirme mal y beber.',
          objectives: {
            'phq9-drop': { clinicalText: 'Puntuación total del PHQ-9 menor de 10.', label: 'total del PHQ-9' },
            'use-to-cope': {
              clinicalText: 'Reducir las veces que consume para sobrellevar el ánimo bajo; usar en su lugar una alternativa planificada.',
              label: 'veces que consume para sobrellevar el ánimo bajo',
              unit: 'por semana',
            },
          },
        },
      },
    },
    neurodivergence: {
      title: 'Adaptaciones para necesidades neurodivergentes',
      summary: 'La terapia y la vida diaria adaptadas a cómo la persona piensa, percibe y se comunica.',
      evidencedBy: [
        'Algunos entornos sensoriales le resultan abrumadores',
        'Procesa mejor la información hablada con apoyo escrito o visual',
        'Le ha costado usar los formatos habituales de ayuda',
      ],
      goals: {
        'fit-therapy': {
          clinicalText: 'Adaptar las sesiones y los materiales para que la terapia se ajuste a cómo la persona procesa la información.',
          clientWords: 'Que la terapia funcione a favor de mi cerebro, no en su contra.',
          objectives: {
            'written-summaries': {
              clinicalText: 'Recibir un resumen por escrito después de cada sesión y calificar qué tan útil fue (0–10).',
              label: 'utilidad de los resúmenes de sesión',
              unit: '0–10',
            },
          },
        },
        'sensory-plan': {
          clinicalText: 'Reducir la sobrecarga sensorial con un plan sensorial personal.',
          clientWords: 'Menos bloqueos después de días muy cargados.',
          objectives: {
            shutdowns: {
              clinicalText: 'Reducir los bloqueos o las crisis después de una sobrecarga sensorial.',
              label: 'bloqueos o crisis',
              unit: 'por semana',
            },
          },
        },
      },
    },
  },
};
