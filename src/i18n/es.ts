import type { UiStrings } from './en';
import { esApps } from './es-apps';
import { esPages } from './es-pages';
import { esPlan, type EsPlanShape } from './es-plan';
import { esPractise } from './es-practise';
import { esYoung } from './es-young';

/**
 * The English shape with every string widened to `string` (en.ts is `as const`, so its own type holds the English
 * words as literal types). Tuples stay tuples, so a list keeps its length.
 */
export type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/**
 * T with the keys K made optional, where T has them (a K that T lacks is simply ignored): for the words of pages
 * another branch adds to the English, which another translator's file supplies and which fall back to English
 * until they are wired in.
 */
export type OptionalKeys<T, K extends PropertyKey> = Omit<T, K> & { readonly [P in Extract<keyof T, K>]?: T[P] };

/**
 * The shape es must have: every key of en.ts, with a string wherever English has one (so a missing or misspelt key
 * is a type error). Checked by assignment, not `satisfies`, so that words already translated for English keys still
 * on their way to main (page copy from issue 17, plan notes from the gaps branch) are allowed here. `young` and
 * `apps` (issue 15) come from tr-es-1's es-young.ts and es-apps.ts, and `plan.planner` (issue 16) from its
 * es-planner.ts, once those land.
 */
export type EsShape = OptionalKeys<Widen<Omit<UiStrings, 'contentLinks' | 'plan'>>, 'young' | 'apps'> & {
  readonly contentLinks: Record<string, string>;
  readonly plan: EsPlanShape;
};

/** Todos los textos de la interfaz en español (mismas claves que en.ts). Traducción asistida por máquina, sin revisar. */
export const es = {
  /** La etiqueta de idioma para <html lang> y para las fechas (BCP 47). */
  locale: 'es',
  siteName: 'Open Door',
  tagline: 'Hablar con tus hijos sobre la sextorsión y la seguridad en internet',
  skipLink: 'Saltar al contenido principal',
  nav: {
    label: 'Principal',
    talk: 'Hablar',
    practise: 'Practicar',
    plan: 'Mi plan',
    help: 'Ayuda ahora',
  },
  quickExit: {
    label: 'Salida rápida',
    short: 'Salir',
    hint: 'Sal de este sitio al instante: pulsa la tecla Mayús (Shift) tres veces, o Esc dos veces.',
    progress: 'Mayús (Shift) pulsada {n} de {total} veces',
  },
  footer: {
    label: 'Sobre este sitio',
    privacy: 'Privacidad: nada sale de tu dispositivo',
    about: 'Quiénes somos y fuentes',
    schools: 'Para centros educativos',
    help: 'Pedir ayuda ahora',
    note: 'Gratis, privado y funciona sin conexión. Sin cuentas, sin rastreo, sin cookies.',
    emergency: 'Si un niño o una niña está en peligro ahora, llama al {emergency}.',
  },
  privacyStored: {
    title: 'Tu plan familiar y el progreso de los cuestionarios, solo cuando los usas.',
    body: 'Abrir el plan o un cuestionario no guarda nada. El plan se guarda cuando escribes o añades algo en él por primera vez; el progreso del cuestionario, cuando respondes la primera pregunta. Ambos se quedan solo en el almacenamiento propio de este navegador (IndexedDB), en este dispositivo. Mientras escribes en el plan, tu último cambio sin guardar también se conserva un momento en el almacenamiento local del navegador, para que no se pierda si se cierra la página; si has puesto una frase de contraseña, esa copia también se cifra. El progreso del cuestionario se conserva allí de la misma forma mientras se guarda. Cuando añades al plan lo que has practicado, esas palabras esperan solo en el almacenamiento de sesión de esta pestaña hasta que se abre Mi plan, y luego se borran. Nada se sincroniza, se copia ni se comparte, salvo que tú mismo exportes un archivo.',
    youngTitle: 'Tu tarjeta, tu lista de pruebas y tu plan de seguridad, solo cuando añades algo.',
    youngBody:
      'Mi tarjeta, la lista de pruebas de «Denunciarlo y conseguir que lo quiten» y el plan de seguridad de «Los días después» se guardan en el mismo almacenamiento del navegador, en este dispositivo, desde lo primero que añades. Mientras uno de ellos se guarda, una copia espera también un momento en el almacenamiento local, para que no se pierda una línea añadida justo antes de salir de la página; si la tarjeta está bloqueada con una frase de contraseña, su copia también lo está.',
  },
  privacyQuickExit: {
    heading: 'Salida rápida: lo que hace y lo que no hace',
    what: 'Cada página tiene un botón de Salida rápida en la parte de arriba de la pantalla, y sigue ahí mientras te desplazas. Con un teclado también puedes pulsar la tecla Mayús (Shift) tres veces, o Esc dos veces. La salida rápida oculta la página al instante y abre un sitio neutro ({host}) en la misma pestaña.',
    history:
      'Solo sustituye la página en la que estás. Esa página sale del historial de esta pestaña, pero las páginas de Open Door que abriste antes siguen en él: si llegaste a esta página desde la página de inicio, al pulsar Atrás en {host} vuelves a la página de inicio de Open Door. La salida rápida tampoco borra nada de tu historial de navegación, así que quien mire la lista del historial todavía puede ver que se visitó Open Door.',
    saferHeading: 'Para navegar con más seguridad',
    privateWindow:
      'Usa una ventana privada (se llama Incógnito en Chrome y Privada en Safari y Firefox). Al cerrarla, el navegador olvida las páginas que abriste en ella. También olvida lo que hayas guardado en Open Door en esa ventana, como un plan.',
    closeTab: 'Cierra la pestaña cuando termines, para que nadie pueda volver atrás en ella.',
    deleteHistory: 'Después, borra la visita de tu historial.',
    chromeAndroid:
      'Chrome en un teléfono Android: toca el menú de tres puntos y luego Historial. Toca la cruz o Quitar junto a una página, o elige Borrar datos de navegación para borrar más.',
    safariIphone:
      'Safari en un iPhone: abre la app Ajustes (o Configuración), luego Safari (en los iPhone más nuevos, Apps y luego Safari), y elige Borrar historial y datos de sitios web. Esto también borra los datos guardados de los sitios web, incluidos los de Open Door.',
    otherBrowsers:
      'Los demás navegadores tienen un ajuste parecido, normalmente en Historial o Privacidad, dentro del menú del navegador.',
    synced:
      'Si has iniciado sesión en tu navegador (una cuenta de Google en Chrome, o iCloud en Safari), tu historial puede compartirse con tus otros dispositivos, así que una visita también puede aparecer allí.',
    saferDevice:
      'Si crees que alguien revisa tu dispositivo, puede ser mejor usar uno más seguro (el de un amigo, el de una biblioteca, el del centro educativo).',
  },
  notices: {
    offlineReady: 'Listo para usar sin conexión. Open Door ya funciona sin internet.',
    updateReady: 'Hay una versión nueva lista.',
    reload: 'Volver a cargar',
    dismiss: 'Cerrar',
  },
  /** Las cuatro franjas de edad: etiqueta suelta, nombre dentro de una frase, qué entienden y a qué apuntan las conversaciones. */
  bands: {
    '4-7': {
      label: 'De 4 a 7 años',
      name: 'de 4 a 7 años',
      understands:
        'Los niños y niñas pequeños aprenden mejor con reglas sencillas, cuentos y rutinas. Entienden «mi cuerpo es mío», la diferencia entre una sorpresa bonita y un secreto malo, y que los adultos están para ayudar.',
      aims: 'Crear la costumbre de contárselo a un adulto, sin hablar de peligros en internet. Son los cimientos, y se usan con un adulto al lado.',
    },
    '8-10': {
      label: 'De 8 a 10 años',
      name: 'de 8 a 10 años',
      understands:
        'A esta edad empiezan a jugar, a mandar mensajes y a ver videos con menos ayuda. Pueden entender que la gente en internet no siempre es quien dice ser, y les importan mucho las reglas y que las cosas sean justas.',
      aims: 'Reconocer las primeras señales de alarma (que les pidan fotos, que les pidan pasar a otra app, secretos que hacen sentir mal) y saber que nunca se meterán en problemas por contarlo.',
    },
    '11-13': {
      label: 'De 11 a 13 años',
      name: 'de 11 a 13 años',
      understands:
        'Muchos tienen ahora su primer teléfono y sus primeras cuentas en redes sociales. Pueden seguir cómo funciona un engaño, y les preocupa pasar vergüenza y quedarse sin teléfono.',
      aims: 'Llamar a la sextorsión por su nombre, explicar cómo funciona el engaño y hacer que los pasos de «si alguna vez pasa» les resulten conocidos antes de necesitarlos.',
    },
    '14-17': {
      label: 'De 14 a 17 años',
      name: 'de 14 a 17 años',
      understands:
        'Los adolescentes quieren que se les trate como personas capaces. Saben más de apps que nosotros, y responden mejor a los datos, al respeto y a los planes prácticos que a las advertencias.',
      aims: 'Hablar de igual a igual sobre cómo actúan los delincuentes, el consentimiento, la ley y las herramientas para quitar imágenes, para que sepan exactamente qué hacer y que pueden acudir a ti.',
    },
  },
  script: {
    allAges: 'Todas las edades',
    twoMinutesHeading: 'En dos minutos',
    twoMinutesIntro: '¿Tienes poco tiempo? Hoy podrías decir esto:',
    twoMinutesAvoid: 'Lo único que conviene evitar:',
    jumpLabel: 'En esta página',
    jumpFull: 'Leer la conversación completa',
    jumpPractise: 'Practicar cómo decirlo',
    age: 'Edad',
    time: 'Tiempo',
    minutes: {
      zero: 'Unos {n} minutos',
      one: 'Alrededor de {n} minuto',
      two: 'Unos {n} minutos',
      few: 'Unos {n} minutos',
      many: 'Unos {n} minutos',
      other: 'Unos {n} minutos',
    },
    goodMoments: 'Buenos momentos para sacar el tema',
    openers: 'Formas de empezar',
    keyMessages: 'Lo que quieres que se lleven',
    inTheirWords: 'Con las palabras de tu hijo o hija:',
    replies: 'Puede que digan…',
    youCouldSay: 'Podrías decir:',
    why: 'Por qué:',
    avoid: 'Intenta no decir',
    insteadOf: 'En lugar de',
    try: 'prueba con:',
    followUp: 'Después',
    disclosureLead: 'Si tu hijo o hija te cuenta que ha pasado algo:',
    disclosureText: 'mantén la calma, dale las gracias y sigue',
    parentSteps: 'los pasos para padres y madres',
    practiseHeading: 'Practica esta conversación',
    practiseIntro:
      'Ensaya primero por tu cuenta: di en voz alta una forma de empezar, responde con tus propias palabras a lo que tu hijo o hija podría decir y luego mira una forma tranquila de responder.',
  },
  practise: esPractise,
  simulation: {
    breadcrumb: 'Planear una conversación',
    stopTop: 'Para en cualquier momento:',
    stopLink: 'ir a lo que ayuda',
    stepOf: 'Paso {n} de {total}',
    them: 'Escriben:',
    you: 'Tu hijo o hija escribe:',
    pause: 'Pausa:',
    couldLeave: 'Dónde todavía podrían salir:',
    next: 'Paso siguiente',
    stop: 'Parar aquí y ver lo que ayuda',
    relatedHeading: 'Las conversaciones que acompañan a esto',
    relatedIntro: 'Háblalo con tu hijo o hija con un guion para su edad:',
    forBand: '{band}',
    indexLink:
      'Verlo con sus ojos: cómo se desarrolla un intento de sextorsión (para padres y madres de chicos y chicas de 11 a 17 años)',
  },
  helpRoute: {
    call: 'Llamar',
    website: 'Sitio web',
    textNumber: 'Envía un SMS al {number}',
    textKeyword: 'Envía {keyword} por SMS al {number}',
    serves: {
      'under-18': 'Para menores de 18 años',
      '18-plus': 'Para adultos (18 años o más)',
      anyone: 'Para cualquier persona',
    },
    checked: 'Comprobado',
    against: 'con',
    showFor: 'Ver ayuda para',
    regionsHeading: 'Quién puede ayudar donde vives',
    allCountries: 'Todos los países',
  },
  quiz: {
    loading: 'Cargando tu progreso…',
    modeLabel: '¿Cómo vas a jugar?',
    together: 'Juntos',
    alone: 'Por mi cuenta',
    progress: 'Situación {n} de {total}',
    takeTurns: 'Primero, por turnos',
    grownUpTurn: 'Adulto: ¿tú qué harías?',
    youngPersonTurn: 'Joven: ¿tú qué harías?',
    decideTogether: 'Hablen de ello y luego elijan una respuesta juntos.',
    showWhy: 'Ver qué pasa',
    chooseFirst: 'Elige primero una respuesta.',
    feedbackHeading: 'A qué lleva cada opción',
    why: '¿Por qué?',
    otherChoices: 'Las otras opciones',
    nowTalk: 'Ahora, a hablarlo',
    promptGrownUp: 'Adulto:',
    promptYoungPerson: 'Joven:',
    agreeHeading: 'Cosas que acordar',
    agreeIntro:
      'Dos o tres cosas que tu familia podría acordar hoy. Cada una va con una conversación que puedes añadir a tu plan.',
    addToPlan: 'Añadir esta conversación a mi plan',
    agreeNote: 'Cosas que acordar, de las situaciones que hemos hablado:',
    goodChoice: 'Una buena opción',
    notBest: 'No es la mejor opción',
    youChose: 'Elegiste esta',
    talkAboutIt: 'Hablen de ello:',
    relatedScript: 'La conversación que acompaña a esto:',
    next: 'Situación siguiente',
    finish: 'Ver de qué hablar',
    back: 'Atrás',
    startAgain: 'Empezar de nuevo',
    clear: 'Borrar el progreso guardado',
    cleared: 'Progreso guardado borrado.',
    doneHeading: 'Han recorrido todas las situaciones',
    doneIntro: 'No hay puntuaciones. Lo que importa es lo que han hablado.',
    revisitHeading: 'Vale la pena volver a hablarlo',
    revisitNone:
      'Eligieron una buena respuesta todas las veces. Vale la pena charlar igualmente sobre los temas de abajo.',
    talkingPointsHeading: 'Más temas para hablar',
    scriptsHeading: 'Conversaciones que acompañan a estas',
    storageUnavailable:
      'Este navegador no deja que Open Door guarde nada (navegación privada, o el almacenamiento está desactivado), así que el cuestionario no recordará por dónde ibas. Todo lo demás funciona.',
  },
  plan: esPlan,
  pages: esPages,
  young: esYoung,
  apps: esApps,
  emergency: {
    lead: 'Si alguien está en peligro ahora mismo, o está pensando en hacerse daño,',
    numbers: 'llama al {emergency}.',
  },
  regionText: {
    neutral: {
      emergency: 'número de emergencias de tu país',
      'child-helpline': 'una línea de ayuda para jóvenes',
      'crisis-line': 'una línea de crisis gratuita',
      police: 'la policía de donde vives',
      'child-report': 'el servicio de tu país para denunciar abusos a menores',
      'removal-under-18': 'un servicio de retirada de imágenes para menores de 18 años',
      'removal-adult': 'un servicio de retirada de imágenes para adultos',
      'adult-helpline': 'una línea de ayuda para padres y madres preocupados',
    },
    or: 'o',
    and: 'y',
    seeByCountry: 'ver la ayuda por país',
    list: { comma: ', ', semicolon: '; ', and: ' y ' },
    numbersFor: 'Números para:',
    noChoice: 'todos los países',
    change: 'cambiar',
    choose: 'elige el tuyo',
  },
  guideBranches: {
    label: 'Si este es tu caso',
    lead: 'Si alguno de estos es tu caso, ve directamente a sus pasos:',
  },
  breadcrumb: 'Ruta de navegación',
  contentLinks: {
    '/help/': 'Pedir ayuda ahora',
    '/help/parent/': 'los pasos para padres y madres',
    '/help/young-person/': 'los pasos para jóvenes',
    '/help/friend/': 'ayudar a un amigo o amiga',
    '/help/routes/': 'la ayuda por país',
  } as Record<string, string>,
  mainLinks: {
    talk: 'Guiones de conversación por edad',
    home: 'Página de inicio de Open Door',
  },
  notFound: {
    title: 'Página no encontrada',
    description: 'Esta página no existe. Aquí están las partes principales de Open Door.',
    heading: 'No encontramos esa página',
    lead: 'Puede que el enlace sea antiguo o esté mal escrito. Desde aquí puedes ir a:',
    helpNote: ', si está pasando algo ahora mismo',
  },
  offline: {
    title: 'Estás sin conexión',
    description:
      'Esta página todavía no está guardada en este dispositivo. Las páginas de ayuda y los guiones que ya abriste siguen funcionando sin conexión.',
    lead: 'Esta página todavía no está guardada en este dispositivo y no hay conexión para descargarla. Todo lo que Open Door guardó en tu primera visita sigue funcionando.',
    helpNote: ': qué pasos dar y a quién contactar',
    danger:
      'Si alguien está en peligro, llama a tu número de emergencias. Las llamadas a los números de emergencias funcionan sin datos móviles.',
  },
  sources: {
    heading: 'Fuentes',
    guideHeading: 'De dónde vienen estos consejos',
    inEnglish: 'en inglés',
  },
  talkBand: {
    title: 'Conversaciones: {band}',
    description: 'Guiones de conversación para niños y niñas ({band}): {topics} y más.',
    aims: 'Lo que buscan estas conversaciones:',
    choose: 'Elige una conversación',
  },
  share: {
    fallback: 'Enlace a esta página:',
    share: 'Compartir esta página',
    copy: 'Copiar el enlace a esta página',
    copied: 'Enlace copiado. Pégalo donde quieras.',
  },
  schools: {
    title: 'Para centros educativos',
    description:
      'Texto para pegar en el boletín, enlaces y códigos QR para cada edad, un póster y un folleto para imprimir, y un guion para una reunión con familias: comparte Open Door con las familias.',
    heading: 'Para centros educativos: comparte Open Door con las familias',
    lead: 'Todo lo que necesitas para contar a las familias qué es Open Door, listo en una tarde: texto para tu boletín, enlaces y códigos QR para cada edad, un póster y un folleto para imprimir, y un guion para una reunión con familias.',
    contentsLabel: 'En esta página',
    address: 'Todos los enlaces y códigos QR de esta página llevan a',
    localAddress:
      'Esta copia se creó para una dirección local, así que sus enlaces y códigos solo funcionan en esta computadora. Para compartirla, créala con tu propia dirección (consulta «Alojar tu propia copia» más abajo).',
    newsletter: {
      heading: 'Texto para el boletín',
      intro:
        'Dos versiones para copiar y pegar. Los enlaces están escritos completos, así que funcionan en un correo electrónico, en una web y en papel. Cambia lo que quieras y añade tu propio contacto donde veas corchetes.',
      copy: 'Copiar el {label}',
      copied: 'Copiado. Pégalo en tu boletín.',
      failed: 'No se pudo copiar. Selecciona el texto y cópialo tú.',
      ceop: 'Open Door enlaza los consejos de CEOP (Reino Unido) en lugar de copiarlos. Haz tú lo mismo: enlaza sus páginas y no pegues su material en tu boletín.',
    },
    country: {
      heading: 'Enlaces para familias de un país',
      intro:
        'Estas direcciones abren Open Door con los números de un país ya elegidos, y el póster y el folleto los imprimen.',
      chooseHeading: 'El país de tus familias',
      chooseIntro:
        'Elige un país y todos los enlaces y códigos QR de esta página, del póster y del folleto abrirán Open Door con los números de ese país. Sin país, las familias eligen el suyo.',
      now: 'Enlaces y códigos para:',
      noneChosen: 'ningún país (las familias eligen)',
      none: 'Ningún país',
      poster: 'póster',
      flyer: 'folleto',
    },
    links: {
      heading: 'Enlaces y códigos QR',
      intro:
        'Lleva a las familias directamente a la página adecuada. Cada código QR abre la dirección que tiene debajo: ponlo en una diapositiva, en una carta o en tu sitio web.',
      download: 'Descargar el código QR (SVG)',
      downloadFor: 'Descargar el código QR (SVG): {label}',
      qrAlt: 'Código QR para {url}',
      targets: {
        home: 'Página de inicio de Open Door',
        talk: 'Conversaciones: {band}',
        help: 'Pedir ayuda ahora',
        quiz: 'Practicar con situaciones cotidianas',
      },
    },
    print: {
      heading: 'Póster y folleto para imprimir',
      intro:
        'Los dos se imprimen en blanco y negro en A4 o en carta (US Letter), con un código QR a Open Door y una línea para el contacto de tu centro.',
      poster: 'Póster',
      posterText: 'Una página, para los tablones de anuncios y la entrada que usan las familias.',
      flyer: 'Folleto de media página',
      flyerText: 'Dos por hoja: corta por la línea. Para las mochilas y las reuniones con familias.',
    },
    evening: {
      heading: 'Una reunión con familias',
      minutes: '{n} minutos',
      before: 'Antes de la reunión',
      plan: 'La reunión',
      links: 'Mostrar o compartir',
      care: 'Cuidar a las personas que están en la sala',
    },
    hosting: {
      heading: 'Alojar tu propia copia',
      text: 'Un centro educativo, una red de centros o un ayuntamiento puede alojar su propia copia de Open Door en su propio sitio web, incluso dentro de una carpeta como /open-door/. Créala con tu propia dirección y todos los enlaces, códigos QR, pósteres y folletos la seguirán. El README que acompaña a Open Door explica cómo hacerlo en pocos pasos.',
    },
    back: 'Volver a Para centros educativos',
    printButton: 'Imprimir',
    printHint:
      'O usa la orden Imprimir de tu navegador (Ctrl+P, o Cmd+P en un Mac). Elige A4 o carta y blanco y negro; desactiva los encabezados y pies de página si tu navegador los añade.',
    poster: {
      title: 'Póster para imprimir',
      description:
        'Un póster de una página sobre Open Door para los tablones de anuncios del centro, con un código QR. Se imprime en A4 o en carta (US Letter).',
      heading: 'Póster para imprimir',
      lead: 'Una página, en blanco y negro, en A4 o en carta (US Letter). Escribe el contacto de tu centro en la línea de abajo.',
      preview: 'El póster',
    },
    flyer: {
      title: 'Folleto para imprimir',
      description:
        'Un folleto de media página sobre Open Door para las familias, con un código QR. Se imprimen dos por hoja en A4 o en carta (US Letter).',
      heading: 'Folleto para imprimir',
      lead: 'Se imprimen dos folletos en cada hoja A4 o carta (US Letter), en blanco y negro: corta por la línea discontinua. Escribe el contacto de tu centro en la línea.',
      preview: 'El folleto',
      cutHere: 'Cortar aquí',
    },
  },
} as const;

/** The compile-time check that es has the shape of en (see EsShape). */
export const esShape: EsShape = es;
