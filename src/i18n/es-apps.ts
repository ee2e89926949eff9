// Bloquear y denunciar, app por app (/help/apps/ y /help/apps/<app>/): the Spanish words of src/i18n/en-apps.ts
// (same keys, same order, same {name}/{date} placeholders, ids, URLs and dates), for `apps` in es.ts.
// Machine-assisted, not reviewed by a native speaker. The app's own button names are the ones its Spanish help
// pages use (WhatsApp: Bloquear, Reportar; Roblox: Bloquear usuario, Denunciar, Enviar). The pages the steps were
// checked against are in English, so their titles say so.

import type { enApps } from './en-apps';

export const esApps = {
  title: 'Bloquear y denunciar en las apps',
  pageTitle: '{name}: bloquear y denunciar',
  description:
    'Cómo bloquear a alguien sin borrar el chat, denunciar su cuenta y sus mensajes, y guardar las pruebas, app por app.',
  lead: 'Bloquéalo para que no pueda contactarte. Denúncialo para que la app pueda actuar. Antes, guarda las pruebas.',
  order: [
    'Primero haz capturas del chat y de su perfil (desplaza la imagen fuera de la pantalla).',
    'Denuncia la cuenta y los mensajes en la app.',
    'Bloquéalo, pero no borres el chat ni tu cuenta.',
  ],
  orderHeading: 'En este orden',
  appsHeading: 'Elige la app',
  missingHeading: 'Apps que todavía no están aquí',
  missing:
    'Solo incluimos pasos que hemos podido comprobar en las páginas de ayuda de la propia app. En Snapchat, Instagram, TikTok, Discord, Xbox, PlayStation, Telegram y Facebook Messenger todavía no hemos podido comprobar todos los pasos. En esas apps, busca Denunciar (o Reportar) y Bloquear en su perfil o al mantener pulsado un mensaje. Las páginas de ayuda de la propia app tienen los pasos más recientes.',
  blockHeading: 'Bloquear sin borrar',
  reportHeading: 'Denunciar la cuenta y los mensajes',
  evidenceHeading: 'Guardar las pruebas',
  notesHeading: 'Es bueno saber',
  sourcesHeading: 'Comprobado con',
  checked:
    'Comprobado el {date} con las páginas de ayuda de la propia app. Las apps cambian sus menús: si un paso se ve distinto, busca las mismas palabras.',
  evidenceLink: 'Apunta los nombres de usuario, las horas y los pagos en tu lista privada de pruebas en /help/report/.',
  back: 'Todas las apps',
  guides: [
    {
      id: 'whatsapp',
      name: 'WhatsApp',
      summary: 'Bloquea y reporta a un contacto o a un número desconocido, y guarda el chat.',
      block: [
        'Abre el chat, toca su nombre o su número arriba y después toca Bloquear.',
        'Al bloquear, el chat se queda en tu lista de chats. No lo borres: es una prueba.',
        'Ya no puede llamarte ni escribirte, y deja de ver tu foto de perfil, tu última vez en línea y tus estados.',
      ],
      report: [
        'Abre el chat, toca su nombre o su número y después toca Reportar. Puedes reportar y bloquear a la vez.',
        'También puedes mantener pulsado uno de sus mensajes y reportarlo desde ahí.',
        'Cuando reportas, WhatsApp recibe los últimos cinco mensajes que te mandó. No le dicen quién le ha reportado.',
      ],
      evidence: [
        'Haz una captura del chat con su número o su nombre visible arriba, sin la imagen en la pantalla.',
        'Apunta su número de teléfono exactamente, con el prefijo del país.',
      ],
      notes: [
        'No se puede bloquear un grupo entero. Sal del grupo y después bloquea a quien lo administra.',
        'En los ajustes de Privacidad puedes elegir quién puede añadirte a grupos.',
      ],
      sources: [
        {
          title: 'How to block and report contacts (en inglés)',
          url: 'https://faq.whatsapp.com/1142481766359885/',
        },
        {
          title: 'About blocking and reporting someone on WhatsApp (en inglés)',
          url: 'https://faq.whatsapp.com/414631957536067/',
        },
      ],
      checked: '2026-12-01',
    },
    {
      id: 'roblox',
      name: 'Roblox',
      summary: 'Denuncia el chat o el mensaje en sí, y bloquea dentro de un juego o desde su perfil.',
      block: [
        'Desde su perfil: toca los tres puntos junto a su nombre y después Bloquear usuario.',
        'Dentro de un juego: abre la lista de jugadores, elige su nombre y después Bloquear.',
        'No se le avisa. Ya no son amigos en Roblox, y ninguno puede escribir ni invitar al otro.',
      ],
      report: [
        'Denuncia el chat o el mensaje que rompe las reglas, no solo su perfil. Los moderadores necesitan ver lo que hizo.',
        'Dentro de un juego: abre el menú, toca la bandera junto a su nombre o la pestaña Denunciar, elige al jugador y el motivo, añade una nota corta y después toca Enviar.',
        'Puedes denunciar a alguien aunque ya haya salido del juego: pon su nombre de usuario en la nota.',
      ],
      evidence: [
        'Haz una captura del chat con su nombre de usuario visible, sin ninguna imagen en la pantalla.',
        'Apunta su nombre de usuario exacto y el nombre del juego.',
      ],
      notes: [
        'En Configuración, en Privacidad, puedes elegir quién puede chatear contigo y escribirte.',
        'Si te pide pasar a otra app, es una señal de alarma. Cuéntaselo a un adulto.',
      ],
      sources: [
        {
          title: 'How to Report Rule Violations and Block a User (en inglés)',
          url: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
        },
        {
          title: 'Reporting Abuse and Blocking In-Game (en inglés)',
          url: 'https://en.help.roblox.com/hc/en-us/articles/203314270-Reporting-Abuse-and-Blocking-Chat-In-Game',
        },
      ],
      checked: '2026-12-01',
    },
  ],
} satisfies typeof enApps;
