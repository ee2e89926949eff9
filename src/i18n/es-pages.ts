/**
 * Textos de las páginas en español (inicio, quiénes somos, privacidad, ayuda, conversaciones, cuestionario y plan):
 * mismas claves que en-pages.ts, cada "{name}" en su sitio para el enlace. Traducción asistida por máquina, sin revisar.
 */
export const esPages = {
  home: {
    title: 'Open Door',
    description:
      'Ayuda gratuita y privada para madres, padres y cuidadores: las palabras para hablar con niños y jóvenes de 4 a 17 años sobre la sextorsión y la seguridad en internet, situaciones para practicar y pasos claros si ocurre.',
    heading: 'Las palabras para hablar con tu hijo o hija sobre la seguridad en internet y la sextorsión',
    lead: 'Open Door ayuda a madres, padres y cuidadores a tener conversaciones tranquilas y normales sobre la presión en internet, las peticiones de fotos y la sextorsión, con niños y jóvenes de 4 a 17 años. Palabras ya preparadas para cada edad, situaciones para recorrer juntos y pasos claros si alguna vez ocurre.',
    urgentQuestion: '¿Está pasando algo ahora mismo?',
    urgentAnswer: 'Ni tú ni tu hijo o hija están en problemas. No pagues, deja de responder y guarda los mensajes.',
    helpButton: 'Pedir ayuda ahora',
    doorsHeading: '¿Por dónde quieres empezar?',
    talkTitle: 'Planear una conversación',
    talkBody:
      'Elige la edad de tu hijo o hija y consigue palabras que puedes decir mañana: formas de empezar, lo que podría responder y lo que conviene evitar.',
    practiseTitle: 'Practicar con situaciones',
    practiseBody: 'Recorran juntos situaciones realistas en una sola pantalla: ¿qué harías, y por qué?',
    helpTitle: 'Pedir ayuda ahora',
    helpBody:
      'Pasos para una persona joven a quien están amenazando, para una madre o un padre a quien acaban de contárselo, y líneas de ayuda por país.',
    whyHeading: 'Por qué hablar de esto ahora',
    why: [
      'La sextorsión es cuando alguien engaña a una persona joven para que comparta una foto íntima, o crea una falsa, y luego amenaza con compartirla si no le paga. En 2024 la National Crime Agency del Reino Unido advirtió a los centros educativos de que bandas de delincuentes están atacando así a niños y jóvenes, a veces en menos de una hora desde el primer contacto. Los chicos adolescentes son los más afectados, pero le puede pasar a cualquiera.',
      'Los niños y jóvenes que conocen el engaño lo detectan antes. Los que saben que no se van a meter en problemas se lo cuentan antes a alguien. Unas pocas conversaciones cortas, empezadas pronto y con calma, hacen más probables las dos cosas.',
      'Muchas madres y muchos padres nunca tienen esta conversación porque les preocupa decir algo equivocado o asustar a su hijo o hija. No hace falta ser experto. Open Door te da las palabras, para la edad de tu hijo o hija, y una forma de practicarlas antes.',
    ],
    whoHeading: 'Para quién es Open Door',
    who: [
      'Madres, padres y cuidadores que preparan una conversación, en el teléfono, cuando tienen un momento tranquilo.',
      'Familias que recorren juntas situaciones para practicar.',
      'Jóvenes que necesitan saber qué hacer, rápido.',
      'Centros educativos y grupos juveniles que quieren algo fiable para compartir con las familias.',
    ],
    privateHeading: 'Privado desde el diseño',
    privateBody:
      'No hay cuentas, ni cookies, ni rastreo. Lo que escribes se queda en este dispositivo. Después de la primera visita, Open Door funciona sin conexión, y puedes añadirlo a tu pantalla de inicio como una aplicación. {link}.',
    privacyLink: 'Cómo se protege tu privacidad, y cómo comprobarlo',
  },
  about: {
    title: 'Quiénes somos y fuentes',
    description:
      'Por qué existe Open Door, cómo se escriben y se comprueban sus textos, y todas las fuentes oficiales que cita.',
    heading: 'Sobre Open Door',
    lead: 'Open Door existe para que ninguna madre, ningún padre ni ningún cuidador tenga que buscar las palabras a solas, y para que cada niño, niña y joven sepa que puede acudir a nosotros, pase lo que pase.',
    whyHeading: 'Por qué existe',
    why: [
      'En abril de 2024, la National Crime Agency del Reino Unido envió una alerta a cientos de miles de docentes sobre un fuerte aumento de la extorsión sexual con fines económicos, a menudo llamada sextorsión. Unos delincuentes, a menudo bandas organizadas con base en el extranjero, engañan a una persona joven para que comparta una imagen íntima, o crean una falsa, y luego le exigen dinero. Las denuncias de este delito ante el National Center for Missing & Exploited Children de Estados Unidos pasaron de 10.731 en 2022 a 26.718 en 2023. Los chicos de 14 a 18 años son los más afectados.',
      'Los consejos de la policía y de las organizaciones de protección infantil son claros: no pagar, cortar el contacto y bloquear, guardar las pruebas, denunciar y contárselo a alguien. Lo que a menudo les falta a las familias es la conversación que prepara a un niño o una niña para hacer esas cosas. Muchas madres y muchos padres la aplazan porque temen exagerar o no saben qué decir. Open Door les da las palabras.',
    ],
    howHeading: 'Cómo se escriben los textos',
    how: [
      'Cada página está escrita con nuestras propias palabras, con calma y sin culpar a nadie, para la edad a la que va dirigida.',
      'Los pasos de seguridad siguen los consejos de la National Crime Agency y su unidad CEOP, la NSPCC y Childline, la Internet Watch Foundation y sus equivalentes en otros países. Donde coinciden, decimos lo mismo.',
      'Los números y enlaces de ayuda se comprueban en el sitio web de cada servicio, y cada uno muestra la fecha en que se comprobó.',
      'Unas comprobaciones automáticas vigilan los textos: el nivel de lectura para cada edad, que no haya lenguaje que culpe y que cada paso de seguridad esté donde tiene que estar.',
    ],
    independent:
      'Open Door es independiente. No lo ha hecho ni lo respalda ninguna de las organizaciones a las que enlaza. No sustituye a la policía, a un médico ni a un psicólogo: si un niño o una niña está en peligro, {link}.',
    helpLink: 'pide ayuda ahora',
    schoolsHeading: 'Para centros educativos',
    schools: 'Los centros educativos pueden compartir Open Door con las familias: {link}.',
    schoolsLink: 'texto para el boletín, un póster, un folleto, códigos QR y un guion para una reunión con familias',
    sourcesHeading: 'Fuentes',
    sourcesLead:
      'Estas son las páginas oficiales en las que se basa el contenido de Open Door. Las enlazamos en lugar de copiarlas.',
    ncaPublisher: 'National Crime Agency',
    ncaTitle: 'La NCA emite una alerta urgente sobre la «sextorsión» (abril de 2024)',
    inEnglish: '(en inglés)',
  },
  privacy: {
    title: 'Privacidad',
    description:
      'Qué guarda Open Door, dónde (solo en tu dispositivo), cómo comprobar que no se envía nada a ningún sitio y cómo borrarlo todo.',
    heading: 'Privacidad: nada sale de tu dispositivo',
    lead: 'Open Door no tiene cuentas, ni cookies, ni analítica, ni anuncios. Nunca envía a ningún sitio lo que escribes. No hay ningún servidor que pudiera recibirlo: el sitio es un conjunto de archivos estáticos.',
    storedHeading: 'Qué se guarda, y dónde',
    pagesTitle: 'Las propias páginas.',
    pagesBody:
      'Después de tu primera visita, tu navegador guarda una copia del sitio (mediante un service worker) para que se abra sin conexión. Es igual para todo el mundo y no contiene nada sobre ti.',
    regionTitle: 'El país que elijas para los números de ayuda, si eliges uno.',
    regionBody: 'Se recuerda en este navegador para que la próxima vez aparezcan primero los números correctos.',
    languageTitle: 'El idioma que elijas, si eliges uno.',
    languageBody:
      'Se recuerda en este navegador para que el sitio pueda ofrecerte el mismo idioma la próxima vez. Nunca te lleva por sí solo a otra página.',
    nothingElse: 'No se guarda nada más, y no se nos envía nada, ni a nosotros ni a nadie.',
    checkHeading: 'Cómo comprobarlo tú',
    checkNetwork:
      'Abre las herramientas para desarrolladores de tu navegador (en una computadora, pulsa F12), ve a la pestaña {network} y usa el sitio. Todas las peticiones van a la propia dirección de este sitio; ninguna va a otro lugar.',
    network: 'Network (Red)',
    checkStorage:
      'En la pestaña {application} (o {storage}), mira en Cookies (vacío), Local storage e IndexedDB para ver exactamente qué se guarda en tu dispositivo.',
    application: 'Application (Aplicación)',
    storage: 'Storage (Almacenamiento)',
    checkOffline:
      'Activa el modo avión y vuelve a cargar: las páginas siguen funcionando, porque vienen de tu dispositivo, no de internet.',
    checkCsp:
      'El sitio envía una política de seguridad de contenido (Content Security Policy) estricta que indica al navegador que bloquee cualquier script o conexión a otro sitio, así que incluso un error por nuestra parte no podría enviar tus datos a otro lugar.',
    passphraseHeading: 'La frase de contraseña de tu plan',
    passphrase:
      'En {plan} puedes poner una frase de contraseña. Entonces el plan se cifra en este dispositivo (AES-GCM, con una clave creada a partir de tu frase de contraseña), y la pantalla se bloquea tras cinco minutos sin uso o cuando usas la salida rápida. Nadie, ni siquiera nosotros, puede recuperar una frase de contraseña olvidada. Las copias exportadas se pueden cifrar de la misma forma.',
    planLink: 'Mi plan',
    deleteHeading: 'Cómo borrarlo todo',
    delete:
      'En {plan}, {deleteAll} quita de una vez de este navegador tu plan, el progreso de los cuestionarios, tu tarjeta, tu lista de pruebas, tu plan de seguridad y el país que elegiste. Para quitar también la copia guardada del sitio, busca este sitio en los ajustes de tu navegador (normalmente en Privacidad y luego Configuración de sitios o Administrar datos de sitios web) y elige {clearData}. En un teléfono también puedes quitar la aplicación de tu pantalla de inicio.',
    deleteAll: 'Borrarlo todo',
    clearData: 'Borrar datos',
    worriedHeading: 'Si estás preocupado o preocupada ahora mismo',
    worried: '{link}: qué pasos dar y a quién contactar en tu país.',
    helpLink: 'Pedir ayuda ahora',
  },
  help: {
    title: 'Pedir ayuda ahora',
    description:
      '¿Alguien amenaza con compartir una imagen si no le pagan? Pasos claros para una persona joven, para una madre o un padre a quien acaban de contárselo, y ayuda por país.',
    heading: 'Pedir ayuda ahora',
    lead: 'Pase lo que pase, no estás en problemas, y se puede resolver. Elige la opción que encaja.',
    youngTitle: 'Me está pasando a mí',
    youngBody: 'Alguien me está amenazando o me pide dinero o fotos. ¿Qué hago?',
    parentTitle: 'Mi hijo o hija me lo ha contado',
    parentBody: 'Qué decir primero, qué no hacer y los pasos que dar ahora.',
    friend: 'Le está pasando a alguien de mis amigos: cómo ayudar',
  },
  helpRoutes: {
    title: 'Ayuda por país',
    description:
      'A quién llamar, dónde denunciar y cómo conseguir que retiren una imagen: servicios de ayuda comprobados para el Reino Unido, Irlanda, Estados Unidos, Canadá, Australia, Nueva Zelanda y cualquier otro país.',
    heading: 'Ayuda por país',
    lead: 'Números de emergencia, dónde denunciar, cómo conseguir que retiren una imagen y personas con quienes hablar. Cada servicio muestra la página oficial con la que se comprobó, y cuándo.',
    chooseHeading: 'Elige dónde vives',
    first: 'Qué hacer primero: {young}, {parent}.',
    youngLink: 'pasos para una persona joven',
    parentLink: 'pasos para madres, padres y cuidadores',
  },
  talk: {
    title: 'Planear una conversación',
    description:
      'Guiones de conversación para cada edad de 4 a 17 años: palabras para empezar, lo que tu hijo o hija podría responder, lo que conviene evitar y cómo seguir después.',
    heading: 'Planear una conversación',
    lead: 'Elige la edad de tu hijo o hija. Cada conversación lleva unos minutos y te da palabras que de verdad puedes decir.',
    talkCount: '{n} conversaciones',
    howHeading: 'Cómo usar los guiones',
    how: [
      {
        strong: 'Léelo entero primero',
        rest: ', mejor el día antes. Elige la forma de empezar que más se parezca a tu manera de hablar.',
      },
      {
        strong: 'Elige un momento fácil',
        rest: ': uno al lado del otro en el coche, dando un paseo, mientras cocinan. No frente a frente en una mesa, y no justo después de una discusión.',
      },
      {
        strong: 'Que sea corta.',
        rest: ' Bastan unos minutos. Varias conversaciones pequeñas a lo largo de meses funcionan mejor que una grande.',
      },
      {
        strong: 'Escucha más de lo que hablas.',
        rest: ' La sección «Puede que digan…» te ayuda a responder a un encogimiento de hombros, a unos ojos en blanco o a una sorpresa.',
      },
      { strong: 'Practica si quieres.', rest: ' Cada guion tiene un breve ensayo que puedes hacer por tu cuenta.' },
      { strong: 'Vuelve a ello.', rest: ' Cada guion termina con una idea para retomar el tema unos días después.' },
    ],
    toldHeading: 'Si una conversación acaba con tu hijo o hija contándote algo',
    told: 'Mantén la calma y dale las gracias por contártelo. Dile que no es culpa suya, que no está en problemas y que lo van a resolver juntos. No le preguntes «por qué», no le quites el teléfono y no borres nada. Luego sigue {link}.',
    parentLink: 'los pasos para madres y padres',
  },
  quiz: {
    title: 'Practicar juntos',
    description:
      'Un cuestionario de situaciones para familias: situaciones realistas para edades de 4 a 17 años, a qué lleva cada opción y preguntas para hablar. Sin puntuaciones.',
    heading: 'Practicar juntos',
    lead: 'Siéntense juntos con una sola pantalla y recorran situaciones realistas: ¿qué harías? Cada respuesta explica por qué ayuda o por qué no. Se trata de hablar, no de puntuar.',
    chooseHeading: 'Elige una edad',
    situationCount: '{n} situaciones para hablar',
    howHeading: 'Cómo funciona',
    how: [
      { strong: 'Lean la situación en voz alta.', rest: ' Puede que a los más pequeños tengas que leérsela tú.' },
      {
        strong: 'Por turnos.',
        rest: ' En el modo «Juntos», el adulto y la persona joven dicen cada uno qué harían antes de elegir.',
      },
      {
        strong: 'Vean a qué lleva cada opción.',
        rest: ' Cada respuesta explica el porqué, con calma. Nadie se equivoca.',
      },
      { strong: 'Hablen de ello.', rest: ' Cada situación termina con una pregunta para hablar.' },
    ],
    saved:
      'Tu progreso se guarda solo en este dispositivo, así que puedes parar y seguir más tarde. No se envía nada a ningún sitio. Para tener una conversación que acompañe a cada situación, consulta los {link}.',
    scriptsLink: 'guiones de conversación',
    bandTitle: 'Practicar juntos: {band}',
    bandDescription:
      '{n} situaciones realistas para familias con niños y jóvenes ({band}): ¿qué harías, y por qué? Sin puntuaciones, solo temas para hablar.',
    bandLead: 'Una situación cada vez. Di qué harías, elige y luego mira por qué. No hay puntuaciones.',
  },
  plan: {
    title: 'Nuestro plan familiar',
    description:
      'Haz un plan familiar privado para la seguridad en internet: qué conversaciones tener, a quién pueden acudir tus hijos y qué harán si pasa algo.',
    heading: 'Nuestro plan familiar',
    lead: 'Un plan convierte las buenas intenciones en unos pocos pasos pequeños y acordados. El plan de tu familia es privado: se guarda solo en este navegador, en este dispositivo, y nunca se envía a ningún sitio.',
    noScript:
      'Para guardar un plan aquí hace falta JavaScript. Estas son las partes que vale la pena acordar juntos, en papel o en voz alta.',
    talksHeading: '1. Las conversaciones',
    talks:
      'Elige una o dos conversaciones para cada hijo o hija de los {link}, y un momento aproximado para cada una: un viaje en coche esta semana, un paseo el fin de semana. Poco y a menudo funciona mejor que una gran conversación.',
    scriptsLink: 'guiones de conversación',
    promisesHeading: '2. Lo que nos prometemos',
    promises: [
      'Nos puedes contar cualquier cosa que pase en internet, y no te vas a meter en problemas por contarlo.',
      'No te vamos a quitar el teléfono porque hayas venido a contárnoslo.',
      'Mantendremos la calma y lo resolveremos juntos.',
    ],
    othersHeading: '3. A quién más puedes acudir',
    others:
      'Nombren a dos o tres adultos además de los padres: una tía, un abuelo, una entrenadora, un profesor. También hay una línea de ayuda para niños y jóvenes: {child-helpline}.',
    ifHeading: '4. Si alguna vez pasa',
    if: 'Acuerden los pasos ahora para que nadie tenga que pensar con pánico: no pagar, dejar de responder y bloquear, guardar los mensajes, contárnoslo hoy, y lo denunciaremos juntos. Algunas familias acuerdan una palabra clave que significa «necesito ayuda, sin preguntas». Las páginas de {link} tienen todos los pasos y los números de tu país.',
    helpLink: 'pedir ayuda ahora',
    checkInHeading: '5. Cuándo revisarlo',
    checkIn:
      'Revisen el plan cuando haya un teléfono nuevo, una aplicación o un juego nuevos, un nuevo curso escolar, o después de una noticia.',
  },
};
