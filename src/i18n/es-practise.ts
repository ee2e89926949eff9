import type { enPractise } from './en-practise';
import type { Widen } from './es';

/** Las palabras de la práctica en español (mismas claves que en-practise.ts). Traducción asistida por máquina. */
export const esPractise = {
  start: 'Empezar a practicar',
  startHint: 'Unos cinco minutos. Nada de lo que escribes se guarda ni se envía a ningún sitio.',
  loading: 'Cargando la práctica…',
  steps: {
    'choose-opener': 'Elige cómo empezarías',
    'say-opener': 'Tu turno: dilo en voz alta',
    'child-line': 'Tu hijo o hija dice…',
    reveal: 'Una forma de responder',
    summary: 'Lo que has practicado',
  },
  again: 'Una vez más: las que querías repasar',
  sayAloud: 'Dilo en voz alta, como si tu hijo o hija estuviera aquí:',
  saidIt: 'Ya lo he dicho',
  timerLabel: 'Temporizador suave (20 segundos para decirlo)',
  timerLeft: '{n} segundos',
  timerDone: 'Se acabó el tiempo. Sin prisa: sigue cuando estés listo o lista.',
  speakLabel: 'Leer en voz alta las frases de mi hijo o hija (en este dispositivo)',
  childSays: 'Tu hijo o hija dice:',
  yourTurn: 'Tu turno: ¿cómo responderías? Dilo en voz alta, o escríbelo aquí primero.',
  ownReplyLabel: 'Tu respuesta (opcional, no se guarda)',
  showSuggestion: 'Ver una forma de responder',
  youSaid: 'Dijiste:',
  youCouldSay: 'Podrías decir:',
  whyItHelps: 'Por qué ayuda:',
  gotIt: 'Entendido, siguiente',
  comeBack: 'Quiero repasar esta',
  progress: '{n} de {total}',
  summaryPractised: 'Has practicado {n} respuestas.',
  summaryComeBack: 'La que quieres repasar:',
  summaryAllGood: 'Esta vez ninguna te resultó difícil.',
  summaryMessages: 'Los mensajes clave que quieres que tu hijo o hija se lleve:',
  addToPlan: 'Añadir esta conversación a mi plan',
  noteHeading: 'De la práctica de esta conversación:',
  practiseAgain: 'Practicar otra vez con otra forma de empezar:',
};

/** The compile-time check that esPractise has every key of enPractise (extra keys allowed, as in es.ts). */
export const esPractiseShape: Widen<typeof enPractise> = esPractise;
