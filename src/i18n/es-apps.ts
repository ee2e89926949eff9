// Bloquear y reportar, aplicación por aplicación (/help/apps/ y /help/apps/<app>/), en español: mismas claves que
// en-apps.ts (issue 15). Los pasos se comprobaron en las páginas de ayuda en inglés de cada aplicación; los nombres
// de los menús van en español con el inglés entre paréntesis, porque dependen del idioma del teléfono. Las fuentes,
// las direcciones y las fechas son las del inglés. Traducción asistida por máquina, sin revisar.

export const esApps = {
  title: 'Bloquear y reportar en las aplicaciones',
  pageTitle: '{name}: bloquear y reportar',
  description:
    'Cómo bloquear a alguien sin borrar el chat, reportar su cuenta y sus mensajes y guardar las pruebas, aplicación por aplicación.',
  lead: 'Bloquéalos para que no puedan contactarte. Repórtalos para que la aplicación pueda actuar. Primero, guarda las pruebas.',
  order: [
    'Primero haz capturas del chat y de su perfil (desplázate para que la imagen salga de la pantalla).',
    'Reporta la cuenta y los mensajes en la aplicación.',
    'Bloquéalos, pero no borres el chat ni tu cuenta.',
  ],
  orderHeading: 'En este orden',
  appsHeading: 'Elige la aplicación',
  missingHeading: 'Aplicaciones que todavía no están',
  missing:
    'Solo incluimos pasos que pudimos comprobar en las páginas de ayuda de la propia aplicación. En Snapchat, Instagram, TikTok, Discord, Xbox, PlayStation, Telegram y Facebook Messenger todavía no pudimos comprobar todos los pasos. En esas aplicaciones, busca Reportar y Bloquear en su perfil o al mantener pulsado un mensaje. Las páginas de ayuda de la propia aplicación tienen los pasos más recientes.',
  blockHeading: 'Bloquear sin borrar',
  reportHeading: 'Reportar la cuenta y los mensajes',
  evidenceHeading: 'Guardar las pruebas',
  notesHeading: 'Conviene saber',
  sourcesHeading: 'Comprobado con',
  checked:
    'Comprobado el {date} con las páginas de ayuda de la propia aplicación (en inglés). Las aplicaciones cambian sus menús: si un paso se ve distinto, busca las mismas palabras.',
  evidenceLink: 'Apunta nombres de usuario, horas y pagos en tu lista privada de pruebas de /help/report/.',
  back: 'Todas las aplicaciones',
  guides: [
    {
      id: 'whatsapp',
      name: 'WhatsApp',
      summary: 'Bloquear y reportar un contacto o un número desconocido, y conservar el chat.',
      block: [
        'Abre el chat, toca su nombre o su número arriba y luego toca Bloquear (Block).',
        'Al bloquear, el chat se queda en tu lista de chats. No lo borres: es una prueba.',
        'Ya no pueden llamarte ni escribirte, y dejan de ver tu foto de perfil, tu última conexión y tu estado.',
      ],
      report: [
        'Abre el chat, toca su nombre o su número y luego toca Reportar (Report). Puedes reportar y bloquear a la vez.',
        'También puedes mantener pulsado uno de sus mensajes y reportarlo desde ahí.',
        'Cuando reportas, WhatsApp recibe los últimos cinco mensajes que te mandaron. No se les dice quién los reportó.',
      ],
      evidence: [
        'Haz una captura del chat con su número o su nombre visible arriba, sin la imagen en pantalla.',
        'Apunta su número de teléfono exactamente, con el prefijo del país.',
      ],
      notes: [
        'No se puede bloquear un grupo entero. Sal del grupo y luego bloquea al administrador del grupo.',
        'En los ajustes de Privacidad (Privacy) puedes elegir quién puede añadirte a grupos.',
      ],
      sources: [
        { title: 'How to block and report contacts', url: 'https://faq.whatsapp.com/1142481766359885/' },
        { title: 'About blocking and reporting someone on WhatsApp', url: 'https://faq.whatsapp.com/414631957536067/' },
      ],
      checked: '2026-12-01',
    },
    {
      id: 'roblox',
      name: 'Roblox',
      summary: 'Reportar el chat o el mensaje en sí, y bloquear en un juego o desde su perfil.',
      block: [
        'Desde su perfil: toca los tres puntos junto a su nombre y luego Bloquear usuario (Block User).',
        'En un juego: abre la lista de jugadores, elige su nombre y luego Bloquear (Block).',
        'No se les avisa. Dejan de ser amigos, y no pueden mandarse mensajes ni invitarse.',
      ],
      report: [
        'Reporta el chat o el mensaje que incumple las normas, no solo su perfil. Los moderadores necesitan ver lo que hizo.',
        'En un juego: abre el menú, toca la bandera junto a su nombre o la pestaña Reportar (Report), elige al jugador y el motivo, añade una nota corta y luego Enviar (Submit).',
        'Puedes reportar a alguien incluso después de que salga del juego: pon su nombre de usuario en la nota.',
      ],
      evidence: [
        'Haz una captura del chat con su nombre de usuario visible, sin ninguna imagen en pantalla.',
        'Apunta su nombre de usuario exacto y el nombre del juego.',
      ],
      notes: [
        'En Ajustes (Settings), en Privacidad (Privacy), puedes elegir quién puede chatear contigo y mandarte mensajes.',
        'Si te pide pasar a otra aplicación, es una señal de alarma. Cuéntaselo a un adulto.',
      ],
      sources: [
        {
          title: 'How to Report Rule Violations and Block a User',
          url: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
        },
        {
          title: 'Reporting Abuse and Blocking In-Game',
          url: 'https://en.help.roblox.com/hc/en-us/articles/203314270-Reporting-Abuse-and-Blocking-Chat-In-Game',
        },
      ],
      checked: '2026-12-01',
    },
  ],
};
