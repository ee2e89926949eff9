// Las palabras de las páginas para jóvenes: /help/tell-someone/, /card/, /help/report/, /help/after/ y la parte
// «entregar la tarjeta» del plan. The Spanish words of src/i18n/en-young.ts (same keys, same
// order, same hrefs and ids, same {name}-style placeholders, region roles and inline site routes), for `young` in
// es.ts.
// Written to 11-17s in their register, with "tú": short, direct, no lecturing, no gendered adjectives for the reader.
// Machine-assisted, not reviewed by a native speaker.

import type { enCardHandover, enYoung } from './en-young';

/** The English shape with every word widened to `string` (lists keep their length). */
type Words<T> = T extends string ? string : { readonly [K in keyof T]: Words<T[K]> };

/** Las palabras de la «promesa del teléfono» y de «entregar la tarjeta» del plan (también forman parte de esYoung). */
export const esCardHandover = {
  promise: {
    heading: 'La promesa del teléfono',
    intro:
      'Una promesa corta que haces ahora, para que tu hijo o hija sepa, antes de que pase nada, que contártelo es seguro. Va en su tarjeta.',
    label: 'Nuestra promesa',
    suggestions: [
      'No te voy a quitar el teléfono. No vas a estar en problemas. Despiértame a cualquier hora.',
      'Pase lo que pase en internet, me lo puedes contar. Voy a mantener la calma y lo arreglaremos juntos.',
      'No vas a perder el teléfono por contármelo. Ven a mí a cualquier hora, de día o de noche.',
    ],
    useSuggestion: 'Usar esta',
    hint: 'Que sea corta, y promete solo lo que vayas a cumplir.',
  },
  handover: {
    heading: 'Entregar la tarjeta',
    intro:
      'Manda a tu hijo o hija su propia tarjeta: los adultos de confianza, la palabra clave, la promesa del teléfono y el país. Se abre en su teléfono como «Mi tarjeta» y se queda ahí, sin conexión.',
    what: 'Solo esto viaja en el enlace, después del «#», que nunca se envía a ningún servidor. Nada más de tu plan va con ello.',
    adults: 'Adultos en la tarjeta',
    noAdults: 'Todavía no hay adultos de confianza en el plan: añádelos arriba (los cinco primeros van en la tarjeta).',
    passphrase: 'Frase de contraseña (opcional, pero mejor si mandas el enlace en un mensaje)',
    passphraseHint: 'Dile la frase de contraseña en voz alta, no en el mismo mensaje.',
    make: 'Crear el enlace y el código QR',
    link: 'Enlace a la tarjeta',
    copy: 'Copiar el enlace',
    copied: 'Enlace copiado.',
    copyFailed: 'No se ha podido copiar: selecciona el enlace y cópialo a mano.',
    share: 'Enviar el enlace',
    qrAlt: 'Código QR del enlace a la tarjeta',
    qrHint: 'Escanéalo con la cámara del teléfono de tu hijo o hija.',
    tooShort: 'Usa al menos 8 caracteres, o déjalo vacío.',
    tooMany: 'En la tarjeta solo caben los cinco primeros adultos.',
  },
} as const satisfies Words<typeof enCardHandover>;

export const esYoung = {
  ...esCardHandover,
  /** Las páginas para jóvenes, enlazadas desde la portada y desde /help/. */
  pagesHeading: 'Para jóvenes',
  pages: [
    { href: '/help/tell-someone/', label: 'Cuéntaselo a alguien ya: mensajes listos' },
    { href: '/card/', label: 'Mi tarjeta' },
    { href: '/help/report/', label: 'Denunciarlo y conseguir que lo quiten' },
    { href: '/help/after/', label: 'Los días después' },
    { href: '/help/apps/', label: 'Bloquear y denunciar en las apps' },
  ],
  routeLabels: {
    '/help/': 'Pedir ayuda ahora',
    '/help/young-person/': 'los pasos que dar ahora',
    '/help/routes/': 'ayuda por país',
    '/help/tell-someone/': 'Cuéntaselo a alguien ya',
    '/help/report/': 'Denunciarlo y conseguir que lo quiten',
    '/help/after/': 'Los días después',
    '/help/apps/': 'bloquear y denunciar en las apps',
    '/card/': 'Mi tarjeta',
    '/privacy/': 'privacidad',
  } as Record<string, string>,

  tell: {
    title: 'Cuéntaselo a alguien ya',
    description:
      'Mensajes listos para mandar con un toque a un adulto de confianza, qué decir si reacciona mal, y una línea de ayuda si todavía no puedes contárselo a nadie en casa.',
    lead: 'No tienes que buscar las palabras. Elige un mensaje, mándalo y luego ve a buscar a esa persona.',
    messages: [
      {
        id: 'straight',
        label: 'Decirlo claro',
        text: '¿Podemos hablar? Ha pasado algo en internet. No estoy en problemas, solo te necesito.',
      },
      { id: 'code-word', label: 'Solo nuestra palabra clave', text: '{codeWord}' },
      { id: 'come', label: 'Ven', text: '¿Puedes venir a mi cuarto? Necesito hablar contigo.' },
      {
        id: 'call',
        label: 'Llámame',
        text: 'Está pasando algo en internet y tengo miedo. Por favor, llámame. Por favor, mantén la calma.',
      },
    ],
    pick: 'Elige un mensaje',
    edit: 'Tu mensaje (lo puedes cambiar)',
    to: 'Mandárselo a',
    someoneElse: 'Otra persona (elígela en tu app de mensajes)',
    noCodeWord: 'Todavía no tienes palabra clave. Primero añade una en /card/.',
    cardLink: 'tu tarjeta',
    fromCard: 'Estas personas vienen de /card/.',
    cardLocked: 'Tu tarjeta está bloqueada. Abre /card/ para mandar el mensaje a tu gente.',
    noCard: 'Guarda en /card/ a las personas en quienes confías y aparecerán aquí.',
    send: 'Mandar por SMS',
    sendTo: 'Mandar SMS a {name}',
    share: 'Mandar con otra app',
    copy: 'Copiar el mensaje',
    copied: 'Copiado. Pégalo en cualquier app.',
    copyFailed: 'Tu navegador no ha querido copiarlo. Mantén pulsado el mensaje para copiarlo.',
    noJsIntro: 'Cada enlace abre tu app de mensajes con las palabras ya escritas. Tú eliges a quién mandarlo.',
    noJsLink: 'Mandar esto por SMS',
    whoHeading: 'A quién contárselo',
    who: [
      'A cualquier adulto en quien confíes. Tu madre, tu padre o quien te cuida, una tía, un abuelo, un primo mayor, un profesor, tu entrenador o la enfermera del colegio.',
      'Elige a alguien que suela mantener la calma. Al principio no tienes que contarle todos los detalles.',
      'Si es en plena noche, también está bien despertar a alguien. Para eso están.',
    ],
    afterHeading: 'Después de mandarlo',
    after: [
      'Suelta el teléfono y ve a buscar a esa persona, o espera en un sitio donde estés a salvo.',
      'Puedes empezar con: «Ha pasado algo en internet. Necesito ayuda y necesito que mantengas la calma».',
      'Después enséñale los pasos de /help/young-person/.',
    ],
    badlyHeading: 'Si reacciona mal',
    badly: [
      'Algunos adultos se asustan al principio. Puede que griten, se queden en silencio o hablen de quitarte el teléfono. Normalmente es miedo por ti, no enfado contigo.',
      'Puedes decir: «Te lo cuento porque necesito ayuda. Por favor, mantén la calma para que podamos arreglarlo».',
      'Dale un poco de tiempo. Muchos adultos se calman en menos de una hora y quieren ayudar.',
      'Si aun así no te ayuda, cuéntaselo hoy a otro adulto. Sigue sin ser tu culpa, y sigues mereciendo ayuda.',
    ],
    nobodyHeading: 'Si todavía no puedes contárselo a nadie en casa',
    nobody: [
      'Puedes hablar con {child-helpline}. Es gratis, y puedes hablar de cualquier cosa, aunque no sepas bien qué decir.',
      'Te pueden ayudar a pensar a quién más contárselo, y cómo.',
    ],
    dangerHeading: 'Si ahora mismo no te sientes a salvo',
    danger: [
      'Si estás pensando en hacerte daño, o sientes que estás en peligro, llama ahora al {emergency}. O habla con {crisis-line}.',
    ],
    /** Debajo de las secciones: dónde están todos los demás números de la región de quien lee. */
    moreHelp: 'Para todos los demás números de donde vives, mira /help/routes/.',
  },

  card: {
    title: 'Mi tarjeta',
    description:
      'Tu propia tarjeta de bolsillo, guardada solo en este teléfono: las personas en quienes confías, tu palabra clave, tu promesa del teléfono, los cinco pasos y los números de donde vives.',
    lead: 'Tu tarjeta se guarda solo en este navegador, en este dispositivo. Nadie más puede verla, y funciona sin conexión.',
    loading: 'Abriendo tu tarjeta…',
    unavailable:
      'Este navegador no deja que Open Door guarde tu tarjeta (navegación privada o almacenamiento desactivado). Aun así puedes apuntarla en papel o imprimir los pasos de abajo.',
    damaged: 'No se ha podido leer tu tarjeta, así que empieza vacía. Lo sentimos.',
    empty:
      'Tu tarjeta está vacía. Añade a las personas en quienes confías, o pide a tu madre, a tu padre o a quien te cuida que te mande la tarjeta desde su plan.',
    stepsHeading: 'Si pasa algo en internet',
    steps: [
      'No estás en problemas. No es culpa tuya.',
      'No pagues, y no mandes nada más.',
      'Deja de responder. Bloquéalo, pero no borres nada.',
      'Haz capturas del chat y de su perfil. Nunca guardes ni mandes la imagen.',
      'Cuéntaselo hoy a una de tus personas.',
    ],
    peopleHeading: 'Mi gente',
    noPeople: 'Todavía nadie. Añade abajo a alguien en quien confíes.',
    call: 'Llamar a {name}',
    text: 'Mandar SMS a {name}',
    textMessage: '¿Podemos hablar? Ha pasado algo en internet. No estoy en problemas, solo te necesito.',
    codeWordHeading: 'Nuestra palabra clave',
    codeWordMeaning: 'Mandarla significa: necesito ayuda, sin preguntas.',
    sendCodeWord: 'Mandar la palabra clave por SMS',
    promiseHeading: 'Su promesa para mí',
    numbersHeading: 'Números de donde vivo',
    chooseRegion: 'Elige dónde vives para ver los números.',
    tellLink: 'Cuéntaselo a alguien ya: mensajes listos',
    edit: 'Cambiar mi tarjeta',
    doneEditing: 'Listo',
    editHeading: 'Cambiar mi tarjeta',
    adultName: 'Nombre',
    adultContact: 'Número de teléfono o dónde encontrar a esa persona',
    addAdult: 'Añadir a esta persona',
    removeAdult: 'Quitar a {name}',
    maxAdults: 'En una tarjeta caben hasta cinco personas.',
    codeWord: 'Palabra clave',
    promise: 'La promesa del teléfono (lo que te prometió tu madre, tu padre o quien te cuida)',
    region: 'Dónde vivo',
    noRegion: 'Elige un país',
    saved: 'Guardado en este dispositivo',
    printHeading: 'Imprimirla',
    printWallet: 'Imprimir una tarjeta para la cartera',
    printFridge: 'Imprimir una tarjeta para la nevera',
    printHint:
      'La tarjeta de la nevera no lleva la palabra clave, así que puede ir donde otras personas la vean. Los números y las direcciones web van escritos enteros.',
    walletTitle: 'Si pasa algo en internet',
    fridgeTitle: 'Si pasa algo en internet, cuéntanoslo',
    lockHeading: 'Bloquear mi tarjeta',
    lockIntro:
      'Añade una frase de contraseña para que nadie más que use este teléfono pueda leer tu tarjeta. Si la olvidas, la tarjeta no se podrá abrir.',
    passphrase: 'Frase de contraseña',
    passphraseAgain: 'Escríbela otra vez',
    setLock: 'Bloquear con esta frase de contraseña',
    lockNow: 'Bloquear ahora',
    removeLock: 'Quitar el bloqueo',
    passphraseShort: 'Usa al menos 8 caracteres.',
    passphraseMismatch: 'Las dos frases de contraseña no son iguales.',
    lockSet: 'Tu tarjeta está bloqueada con tu frase de contraseña.',
    lockRemoved: 'El bloqueo está quitado.',
    lockedHeading: 'Tu tarjeta está bloqueada',
    lockedIntro: 'Escribe tu frase de contraseña para abrirla.',
    unlock: 'Abrir mi tarjeta',
    wrong: 'Esa frase de contraseña no abre esta tarjeta.',
    deleteCard: 'Borrar mi tarjeta',
    confirmDelete: '¿Borrar la tarjeta de este dispositivo? No se puede deshacer.',
    confirm: 'Sí, borrarla',
    cancel: 'Conservarla',
    deleted: 'Tu tarjeta se ha borrado de este dispositivo.',
    arrivedHeading: 'Te han mandado una tarjeta',
    arrived:
      'Tu tarjeta ha llegado y está guardada en este dispositivo. El enlace ya no está en la barra de direcciones.',
    replaceQuestion: 'Ya tienes una tarjeta en este dispositivo. ¿Usar en su lugar la que te han mandado?',
    replace: 'Usar la tarjeta nueva',
    keep: 'Conservar mi tarjeta',
    sealedQuestion: 'Esta tarjeta está protegida. Escribe la frase de contraseña que te dieron.',
    openSent: 'Abrir la tarjeta',
    damagedLink:
      'Ese enlace está roto o cortado, así que no se ha podido leer ninguna tarjeta. Pide que te lo vuelvan a mandar.',
    unlockFirst: 'Primero abre tu tarjeta, y después vuelve a abrir el enlace.',
    homeScreen:
      'Para abrir tu tarjeta con un toque, añade Open Door a tu pantalla de inicio (desde el menú del navegador). Después mantén pulsado el icono y elige «Mi tarjeta».',
    travelsHeading: 'Qué lleva un enlace de tarjeta',
    travels:
      'Una tarjeta mandada desde un plan lleva solo lo que muestra la tarjeta: los nombres y contactos, la palabra clave, la promesa y el país. Va después del «#» del enlace, que los navegadores nunca mandan a ningún servidor. Cuando se abre aquí, se guarda y después se borra de la barra de direcciones y del historial.',
    noJs: 'Para guardar una tarjeta aquí hace falta JavaScript. Puedes apuntar esto en papel y llevarlo en la funda del teléfono.',
    noJsLinks: 'Mensajes listos para mandar: /help/tell-someone/. Números de donde vives: /help/routes/.',
  },

  report: {
    title: 'Denunciarlo y conseguir que lo quiten',
    description:
      'Paso a paso, según tu edad y dónde vives: dónde denunciar, cómo conseguir que quiten una imagen, y una lista privada de pruebas para la policía.',
    lead: 'Denunciar es lo correcto, y no te vas a meter en problemas por hacerlo. Elige tu edad y luego dónde vives.',
    ageHeading: '¿Cuántos años tienes?',
    under18: 'Tengo menos de 18',
    adult: 'Tengo 18 o más',
    under18Heading: 'Menos de 18: ¿dónde vives?',
    adultHeading: '18 o más: ¿dónde vives?',
    regionIntro: 'Estos son los sitios donde denunciarlo y pedir que lo quiten.',
    appStep: 'Denuncia también su cuenta y los mensajes en la app. /help/apps/ explica cómo, app por app.',
    noRoutes: 'Aquí no hay nada que mostrar para esta edad. Mira /help/routes/ para ver todo lo de este país.',
    evidenceHeading: 'Primero guarda las pruebas',
    evidence: [
      'Antes de bloquearle, guarda lo que la policía va a necesitar. Apúntalo aquí. Se queda en este dispositivo y nunca se manda a ningún sitio.',
      'Guarda su nombre de usuario, un enlace a su perfil, las horas a las que te escribió y cualquier dinero que mandaste y cómo.',
      'Nunca guardes, reenvíes ni mandes la imagen en sí, ni siquiera como prueba.',
    ],
    screenshotHeading: 'Cómo hacer una captura del chat sin la imagen',
    screenshot: [
      'Desplázate hasta que la foto salga de la pantalla, para que solo se vean los mensajes y su nombre. Entonces haz la captura.',
      'Haz también una de su perfil, con el nombre de usuario visible.',
      'Si no puedes dejar la foto fuera, no hagas captura de esa parte. Apunta en su lugar qué decía y cuándo.',
      'Si una captura ya muestra la imagen, no se la mandes a nadie. Dile al adulto que te ayuda, o a la policía, que existe.',
    ],
    honestHeading: 'Qué pueden quitar y qué no',
    honest: [
      'Las herramientas de retirada suelen funcionar, pero no siempre. Cubren la web abierta y las apps que participan.',
      'No pueden llegar a los chats privados, como un chat de grupo o un mensaje privado, ni al teléfono de alguien.',
      'En un chat de grupo: cuéntaselo a un adulto, denuncia la cuenta y el chat en la app, y avisa al colegio si allí la gente la está compartiendo.',
      'Report Remove (UK, Reino Unido, menores de 18 años) quita imágenes de la web abierta y de las apps que participan.',
      'Take It Down (cualquier país) funciona con imágenes hechas cuando tenías menos de 18 años. Funciona en el dispositivo que tiene la imagen: crea un código a partir de la foto ahí mismo, y la foto en sí no se sube. Las apps que participan usan el código para impedir que se comparta.',
      'Si no tienes la imagen en tu dispositivo, Take It Down no puede ayudarte. En ese caso, denúncialo en el servicio de denuncias de donde vives.',
    ],
    printHint:
      'Imprime esta lista, o guárdala como archivo de texto, para dársela a la policía o al adulto que te ayuda.',
  },

  evidence: {
    exportTitle: 'Lista de pruebas (Open Door)',
    writtenOn: 'Escrita el {date}',
    privacy: 'Solo texto: sin fotos. Se queda en este navegador, en este dispositivo.',
    checklistHeading: 'Hecho hasta ahora',
    checklist: [
      { id: 'screenshot-chat', label: 'Capturas del chat, sin la imagen' },
      { id: 'screenshot-profile', label: 'Captura de su perfil y su nombre de usuario' },
      { id: 'payment-proof', label: 'Prueba de cualquier pago (recibo, código de tarjeta regalo, app del banco)' },
      { id: 'reported-app', label: 'He denunciado su cuenta en la app' },
      { id: 'told-adult', label: 'Se lo he contado a un adulto de confianza' },
    ],
    doneLabel: 'Hecho hasta ahora',
    sections: [
      {
        id: 'usernames',
        label: 'Sus nombres de usuario',
        hint: 'Cada nombre que usó, en cada app, escrito exactamente.',
      },
      {
        id: 'links',
        label: 'Enlaces a sus perfiles',
        hint: 'Copia el enlace desde la página del perfil o desde el botón de compartir.',
      },
      { id: 'apps', label: 'Apps y chats', hint: 'Qué apps, y el nombre de cualquier chat de grupo.' },
      { id: 'times', label: 'Horas y fechas', hint: 'Cuándo empezó, y cuándo mandó amenazas.' },
      {
        id: 'money',
        label: 'Dinero que pidió y que se pagó',
        hint: 'Cuánto, cuándo y cómo: transferencia, app de pagos, tarjeta regalo, saldo de un juego o criptomonedas.',
      },
      {
        id: 'other',
        label: 'Cualquier otra cosa',
        hint: 'Otras personas implicadas, números de teléfono, direcciones de correo.',
      },
    ],
    print: 'Imprimir la lista',
    download: 'Guardar como archivo de texto',
    addTo: 'Añadir a «{section}»',
    add: 'Añadir',
    remove: 'Quitar',
    saved: 'Guardado solo en este dispositivo.',
    saveFailed: 'No se ha podido guardar en este dispositivo. Apúntalo en un sitio seguro.',
    unavailable:
      'Este navegador no deja que Open Door guarde notas (navegación privada o almacenamiento desactivado). Apúntalas en papel.',
    damaged: 'Lo que había guardado aquí no se ha podido leer, así que empieza vacío. Lo sentimos.',
    deleteAll: 'Borrar todo lo que Open Door guarda aquí…',
    confirmDelete:
      'Esto borra todo lo que Open Door guarda en este navegador: estas notas, tu tarjeta, tu plan de seguridad y cualquier plan familiar. No se puede deshacer.',
    confirm: 'Sí, borrarlo todo',
    cancel: 'Conservarlo',
    deleted: 'Se ha borrado todo lo que Open Door guardaba en este navegador.',
  },

  after: {
    title: 'Los días después',
    description:
      'Si vuelven, si la imagen aparece otra vez, volver al colegio, el sueño y la preocupación, pedir más ayuda y un plan de seguridad privado.',
    lead: 'Muchas veces lo peor es el primer día. Después va siendo más fácil, poco a poco. Esto es lo que puede pasar, y qué hacer.',
    parentNote:
      'Si eres madre, padre o cuidas de quien lee esto: léelo tú también. Tu calma, y unos cuantos días normales, ayudan más que cualquier cosa que digas.',
    sections: [
      {
        id: 'back',
        heading: 'Si vuelven',
        lines: [
          'Puede que lo intenten otra vez desde una cuenta nueva, o que hagan que un amigo te escriba. Es habitual, y no significa que vayan a compartir nada.',
          'No respondas, y no pagues. Haz una captura y bloquea también esa cuenta.',
          'Añade el nuevo nombre de usuario a tu lista de pruebas en /help/report/, y cuéntaselo al adulto que te ayuda.',
        ],
      },
      {
        id: 'again',
        heading: 'Si la imagen aparece otra vez',
        lines: [
          'No vayas a buscarla. Si alguien te dice que está por ahí, pídele que no la comparta, y cuéntaselo a tu adulto.',
          'Denúnciala otra vez, donde la encontraste. Puedes usar las herramientas de retirada más de una vez. Mira /help/report/.',
          'Quien la comparte es quien hace algo mal, no tú.',
        ],
      },
      {
        id: 'school',
        heading: 'Volver al colegio',
        lines: [
          'Puedes pedir a un adulto que hable antes con el colegio, para no tener que explicarlo tú.',
          'Los colegios se ocupan de esto más de lo que crees. Pueden impedir que la gente la comparta y estar pendientes de ti.',
          'Elige a un adulto del colegio al que puedas acudir si necesitas un descanso.',
          'Si la gente habla de ello, no le debes una respuesta a nadie. «No quiero hablar de eso» es suficiente.',
        ],
      },
      {
        id: 'sleep',
        heading: 'El sueño y la preocupación',
        lines: [
          'Es normal sentir náuseas, nervios, rabia o no sentir nada durante un tiempo. Hay gente que no puede dejar de mirar el teléfono.',
          'Intenta dejar el teléfono fuera de tu cuarto por la noche, o en silencio. Si te ayuda, deja que un adulto lo guarde un tiempo.',
          'Sigue haciendo cosas normales: comer, dar un paseo, jugar, ver una serie, estar con tus amigos.',
          'Habla de ello con alguien. Guardártelo hace que pese más.',
        ],
      },
      {
        id: 'help',
        heading: 'Cuándo pedir más ayuda',
        lines: [
          'Pide ayuda si la preocupación no baja después de un par de semanas, o si no puedes dormir, comer o ir al colegio.',
          'Pregunta a tu médico, a la enfermera del colegio o al orientador o la orientadora del colegio. Te pueden buscar a alguien con quien hablar.',
          'También puedes hablar con {child-helpline} en cualquier momento.',
          'Si piensas en hacerte daño, cuéntaselo a alguien ahora, o llama al {emergency}. También puedes hablar con {crisis-line}.',
        ],
      },
    ],
    planHeading: 'Mi plan de seguridad',
    planIntro:
      'Un plan corto para los momentos difíciles, escrito ahora que estás bien. Guárdalo en este dispositivo y míralo cuando las cosas se pongan feas. Funciona mejor si lo escribes con alguien a quien le importas.',
    planNoJs: 'Para escribir tu plan aquí hace falta JavaScript. Puedes escribirlo en papel, con estos apartados:',
    crisisHeading: 'Si ahora mismo estás en peligro',
    crisis:
      'Llama al {emergency}, o habla con {crisis-line} o con {child-helpline}. Para todos los demás números de donde vives, mira /help/routes/.',
  },

  safetyPlan: {
    exportTitle: 'Mi plan de seguridad (Open Door)',
    writtenOn: 'Escrito el {date}',
    privacy: 'Se queda en este navegador, en este dispositivo. Nadie más puede verlo.',
    checklistHeading: '',
    checklist: [],
    doneLabel: '',
    sections: [
      {
        id: 'signs',
        label: '1. Mis señales de alarma',
        hint: 'Pensamientos, sentimientos o cosas que hago que me avisan de que empieza un mal momento.',
      },
      {
        id: 'alone',
        label: '2. Cosas que puedo hacer por mi cuenta',
        hint: 'Cosas que me distraen un rato: música, un paseo, un juego, una ducha.',
      },
      {
        id: 'places',
        label: '3. Personas y lugares que me ayudan a sentirme mejor',
        hint: 'Amigos con quienes estar, o sitios adonde ir, sin tener que hablar de ello.',
      },
      {
        id: 'people',
        label: '4. Personas a las que puedo pedir ayuda',
        hint: 'Adultos en quienes confío, y cómo contactarles.',
      },
      {
        id: 'professionals',
        label: '5. Profesionales con quienes puedo contactar',
        hint: 'Mi médico, el orientador o la orientadora del colegio, una línea de ayuda.',
      },
      {
        id: 'safe',
        label: '6. Hacer que todo sea más seguro',
        hint: 'Lo que puedo hacer para protegerme cuando me siento mal, como darle mi teléfono a alguien.',
      },
    ],
    print: 'Imprimir mi plan',
    download: 'Guardar como archivo de texto',
    addTo: 'Añadir a «{section}»',
    add: 'Añadir',
    remove: 'Quitar',
    saved: 'Guardado solo en este dispositivo.',
    saveFailed: 'No se ha podido guardar en este dispositivo. Apúntalo en un sitio seguro.',
    unavailable:
      'Este navegador no deja que Open Door guarde notas (navegación privada o almacenamiento desactivado). Apúntalas en papel.',
    damaged: 'Lo que había guardado aquí no se ha podido leer, así que empieza vacío. Lo sentimos.',
    deleteAll: 'Borrar todo lo que Open Door guarda aquí…',
    confirmDelete:
      'Esto borra todo lo que Open Door guarda en este navegador: estas notas, tu tarjeta, tu plan de seguridad y cualquier plan familiar. No se puede deshacer.',
    confirm: 'Sí, borrarlo todo',
    cancel: 'Conservarlo',
    deleted: 'Se ha borrado todo lo que Open Door guardaba en este navegador.',
  },
} as const satisfies Words<typeof enYoung>;
