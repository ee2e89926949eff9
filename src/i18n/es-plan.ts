import type { enPlan } from './en-plan';
import type { OptionalKeys, Widen } from './es';
import { esPlanner } from './es-planner';
import { esCardHandover } from './es-young';

/** Textos y frases sugeridas del plan familiar en español (mismas claves que en-plan.ts). Traducción asistida por máquina. */
export const esPlan = {
  loading: 'Abriendo tu plan…',
  planner: esPlanner,
  cardHandover: esCardHandover,
  addFromScript: {
    link: 'Añadir a mi plan',
    question: 'Añade «{title}» a tu plan. ¿Para qué hijo o hija es?',
    forChild: 'Añadir para {name}',
    noChildren: 'Primero añade un hijo o hija abajo (basta con un apodo) y luego elige la conversación para él o ella.',
    added: 'Añadida a las conversaciones con {name}.',
    already: '{name}: ya está planeada',
    backToScript: 'Volver al guion',
    close: 'Cerrar',
    dismiss: 'Ahora no',
    withNote:
      'Lo que has practicado puede ir en la nota privada de la conversación, guardada solo en este dispositivo:',
    keepNote: 'Poner estas palabras en la nota',
  },
  unavailable:
    'Este navegador no deja que Open Door guarde nada (navegación privada, almacenamiento bloqueado o disco lleno), así que aquí no se puede guardar un plan. Todo lo demás del sitio sigue funcionando, y las ideas de abajo se pueden apuntar en papel.',
  damaged:
    'Una parte del plan guardado en este navegador no se puede leer. Abajo está todo lo que se ha podido recuperar. El original guardado se conserva tal cual hasta que decidas qué hacer: descargarlo como archivo, guardar en su lugar lo recuperado o traer una copia guardada.',
  damagedDownload: 'Descargar el original guardado',
  damagedKeep: 'Guardar lo recuperado',
  damagedKept: 'Guardado. El plan recuperado ha sustituido al dañado.',
  newerVersion:
    'Este plan se guardó con una versión más reciente de Open Door. Vuelve a cargar la página para obtener la versión más reciente.',
  deleted: 'Se ha borrado todo lo que Open Door guardaba en este navegador.',
  startAgain: 'Empezar un plan nuevo',
  save: {
    saved: 'Guardado en este dispositivo',
    pending: 'Se guardará en un momento…',
    saving: 'Guardando…',
    error:
      'No se pudo guardar. Tus cambios siguen en pantalla y se conservan en este dispositivo; lo volveremos a intentar.',
    impossible:
      'Aún no se ha guardado: el plan guardado está dañado, así que los cambios no se pueden guardar encima. Se conservan en este dispositivo hasta que elijas abajo.',
  },
  limits: {
    count: 'Un plan admite hasta {max} de estos. Quita uno para añadir otro.',
    date: 'Elige una fecha real entre {min} y {max}.',
  },
  persisted: 'Este navegador ha aceptado conservar tu plan, aunque se quede sin espacio.',
  notPersisted:
    'Este navegador puede borrar los datos guardados si el dispositivo se queda sin espacio. Exporta una copia de vez en cuando por seguridad.',
  undo: 'Deshacer',
  removed: 'Se quitó {thing}.',
  remove: 'Quitar',
  add: 'Añadir',
  children: {
    heading: 'Nuestros hijos',
    intro: 'Basta con un apodo o una inicial. Nada de esto sale de este dispositivo.',
    nickname: 'Apodo',
    band: 'Edad',
    addHeading: 'Añadir un hijo o hija',
    none: 'Todavía no has añadido ningún hijo o hija.',
    thing: 'un hijo o hija',
  },
  talks: {
    heading: 'Conversaciones pendientes',
    intro: 'Elige conversaciones de los guiones para cada hijo o hija, y cuándo esperas tenerlas.',
    forChild: 'Conversaciones con {name}',
    script: 'Conversación',
    date: 'Cuándo',
    done: 'Hecha',
    note: 'Nota privada',
    add: 'Añadir una conversación',
    none: 'Todavía no hay conversaciones planeadas.',
    open: 'Abrir el guion',
    thing: 'una conversación',
  },
  agreements: {
    heading: 'Lo que acordamos',
    intro: 'Elige entre estas sugerencias o escribe las tuyas.',
    suggested: 'Sugerencias',
    own: 'Con nuestras palabras',
    ours: 'Nuestro acuerdo',
    none: 'Todavía no hay nada acordado.',
    thing: 'un acuerdo',
  },
  trusted: {
    heading: 'Otros adultos a quienes pueden acudir nuestros hijos',
    intro: 'Además de los padres: una tía, un abuelo, una entrenadora, un profesor. Basta con un nombre o un papel.',
    name: 'Nombre o papel',
    contact: 'Cómo contactar con esa persona (opcional)',
    none: 'Todavía no has añadido a nadie.',
    thing: 'un adulto de confianza',
    addHeading: 'Añadir un adulto de confianza',
  },
  card: {
    heading: 'Nuestra tarjeta «si pasa algo»',
    intro: 'Los pasos que todos seguimos, los números de ayuda donde vives y, si quieres, una palabra clave.',
    steps: [
      'No estás en problemas y no es culpa tuya.',
      'No pagues. Si ya pagaste, no pagues nada más.',
      'Deja de responder y bloquea a esa persona, pero no borres nada.',
      'Haz capturas de pantalla de los mensajes, de su perfil y de su nombre de usuario. Nunca guardes ni envíes la imagen.',
      'Díselo hoy a uno de nosotros, o a otro adulto de confianza.',
      'Lo denunciamos juntos: a la aplicación y a la policía.',
      'Conseguimos que retiren la imagen, con los servicios de nuestro país que aparecen en esta tarjeta.',
    ],
    region: 'Números de ayuda para',
    chooseRegion: 'Elige un país',
    codeWord: 'Palabra clave (opcional)',
    codeWordHint: 'Una palabra que significa «necesito ayuda, sin preguntas». Basta con enviarla por mensaje.',
  },
  checkIns: {
    heading: 'Cuándo lo revisamos',
    intro: 'Momentos para repasar el plan: un teléfono nuevo, una aplicación nueva, un nuevo trimestre escolar.',
    label: 'Para qué',
    addHeading: 'Añadir una revisión',
    date: 'Fecha',
    repeat: 'Repetir',
    repeats: { none: 'Una vez', monthly: 'Cada mes', termly: 'Cada periodo escolar (4 meses)', yearly: 'Cada año' },
    none: 'Todavía no hay revisiones.',
    calendar: 'Añadir recordatorios a mi calendario (.ics)',
    calendarHint:
      'Descarga un archivo de calendario con tus conversaciones y revisiones planeadas. Tu aplicación de calendario lo abre.',
    thing: 'una revisión',
  },
  safety: {
    heading: 'Mantenerlo seguro',
    lockHeading: 'Bloquear con una frase de contraseña',
    lockIntro:
      'Con una frase de contraseña, el plan se cifra en este dispositivo y la pantalla se bloquea tras 5 minutos sin uso, o cuando usas la salida rápida. Si olvidas la frase de contraseña, el plan no se puede recuperar.',
    passphrase: 'Frase de contraseña',
    confirmPassphrase: 'Escríbela otra vez',
    setPassphrase: 'Poner frase de contraseña',
    changePassphrase: 'Cambiar frase de contraseña',
    removePassphrase: 'Quitar frase de contraseña',
    lockNow: 'Bloquear ahora',
    passphraseSet: 'Frase de contraseña puesta. El plan está cifrado en este dispositivo.',
    passphraseRemoved: 'Frase de contraseña quitada.',
    passphraseMismatch: 'Las dos frases de contraseña no coinciden.',
    passphraseShort: 'Usa al menos {n} caracteres.',
    passphraseFailed: 'No se pudo cambiar la frase de contraseña, así que no ha cambiado nada. Inténtalo de nuevo.',
    importFailed: 'No se pudo sustituir el plan, así que sigue como estaba. Inténtalo de nuevo.',
    exportHeading: 'Guardar una copia',
    exportIntro:
      'Un archivo que puedes guardar o pasar a otro dispositivo. Añade una frase de contraseña para cifrarlo.',
    exportPassphrase: 'Frase de contraseña del archivo (opcional)',
    export: 'Descargar una copia',
    importHeading: 'Traer una copia guardada',
    importIntro: 'Esto sustituye el plan de este dispositivo por el del archivo.',
    chooseFile: 'Elegir un archivo',
    filePassphrase: 'Este archivo está cifrado. Su frase de contraseña:',
    open: 'Abrir',
    importSummary:
      'El archivo contiene {children} hijos, {talks} conversaciones, {agreements} acuerdos, {adults} adultos de confianza y {checkIns} revisiones. Sustituirá tu plan actual ({currentChildren} hijos, {currentTalks} conversaciones).',
    confirmImport: 'Sustituir mi plan',
    cancel: 'Cancelar',
    imported: 'Importado. Tu plan se ha sustituido.',
    problems: {
      'too-large': 'Ese archivo es demasiado grande para ser un plan de Open Door. No se ha cambiado nada.',
      empty: 'Ese archivo está vacío. No se ha cambiado nada.',
      'not-json': 'Ese archivo no es un plan de Open Door (puede estar cortado o dañado). No se ha cambiado nada.',
      'not-open-door': 'Ese archivo no es un plan de Open Door. No se ha cambiado nada.',
      'newer-version':
        'Ese archivo viene de una versión más reciente de Open Door. Vuelve a cargar la página para actualizarla y luego inténtalo de nuevo. No se ha cambiado nada.',
      damaged: 'Ese archivo parece un plan de Open Door, pero partes de él no se pueden leer. No se ha cambiado nada.',
      'wrong-passphrase': 'Esa frase de contraseña no abre este archivo. No se ha cambiado nada.',
    },
    printHeading: 'Imprimir',
    print: 'Imprimir el plan y la tarjeta',
    deleteHeading: 'Borrarlo todo',
    deleteIntro:
      'Quita de este navegador el plan, el progreso de los cuestionarios y el país que elegiste. No se puede deshacer.',
    deleteConfirm: 'Sí, borrarlo todo',
    delete: 'Borrarlo todo…',
    deleteAreYouSure: '¿Seguro? Exporta antes una copia si crees que podrías volver a necesitarla.',
  },
  locked: {
    heading: 'Tu plan está bloqueado',
    intro: 'Escribe tu frase de contraseña para abrirlo.',
    unlock: 'Desbloquear',
    wrong: 'Esa frase de contraseña no abre el plan.',
    opening: 'Abriendo…',
    failed: 'No se pudo abrir el plan en este momento. Inténtalo de nuevo.',
    forgot: '¿La has olvidado? El plan no se puede recuperar, pero puedes borrarlo y empezar de nuevo.',
  },
  print: {
    sheetFor: 'Nuestro plan con {name}',
    agreements: 'Lo que acordamos',
    trusted: 'Otros adultos a quienes puedes acudir',
    talks: 'Conversaciones',
    cardTitle: 'Si alguna vez pasa',
    codeWord: 'Nuestra palabra clave',
    phonePromise: 'Nuestra promesa del teléfono',
    help: 'Ayuda',
    planned: 'planeada',
    done: 'hecha',
  },
  suggestions: {
    '4-7': [
      'Tu cuerpo es tuyo.',
      'En casa tenemos sorpresas, no secretos.',
      'Si algo en una pantalla te hace sentir mal, cuéntaselo a un adulto.',
      'Preguntamos antes de compartir una foto de alguien.',
    ],
    '8-10': [
      'Nos puedes contar cualquier cosa que pase en internet, y no te vas a meter en problemas.',
      'No te vamos a quitar la tableta por contarnos algo.',
      'Nadie debería pedirte fotos tuyas. Si alguien lo hace, cuéntanoslo.',
      'Si alguien quiere pasar la conversación a otra aplicación, pregúntanos antes.',
      'Los juegos nuevos los probamos juntos primero.',
    ],
    '11-13': [
      'Nos puedes contar cualquier cosa, y no perderás tu teléfono por contarlo.',
      'Si alguien te amenaza, no pagues: ven a nosotros, a cualquier hora del día o de la noche.',
      'Mantendremos la calma y lo resolveremos juntos.',
      'Las solicitudes de amistad de gente que nunca has conocido reciben un «no» o nos las consultas.',
      'Si están pasando una imagen de un amigo o amiga, no la reenvíes: cuéntaselo a un adulto.',
    ],
    '14-17': [
      'Pase lo que pase, puedes despertarnos. Preferimos saberlo.',
      'No perderás tu teléfono por contárnoslo.',
      'Si alguien te amenaza: no pagues, deja de responder, haz capturas de pantalla y cuéntanoslo.',
      'Nadie le debe una imagen a nadie, y la presión nunca es consentimiento.',
      'Respetaremos tu privacidad, y tú nos dirás si algo no te parece bien.',
    ],
  },
} as const;

/** The shape esPlan must have: every key of en-plan.ts; `planner` (issue 16) comes from tr-es-1's es-planner.ts. */
export type EsPlanShape = OptionalKeys<Widen<typeof enPlan>, 'planner'>;

/** The compile-time check that esPlan has the shape of enPlan (extra keys, for English on its way to main, allowed). */
export const esPlanShape: EsPlanShape = esPlan;
