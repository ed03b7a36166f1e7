import { assertNever } from '@rongtong/kernel';
import type { MatchEventFacts, MatchEventType } from '../domain/match-event';
import { greeting, type NotificationText, plainText, quoted } from './common';
import type { Locale } from './locale';
import { type Inline, renderEmail, type RenderedEmail } from './render';

function matchSaid(type: MatchEventType, event: MatchEventFacts, locale: Locale): { title: string; body: Inline[] } {
  const demand: Inline = { strong: quoted(event.demandTitle, locale) };
  const listing: Inline = { strong: quoted(event.listingTitle, locale) };
  const zh = locale === 'zh-CN';
  switch (type) {
    case 'match.created': {
      const score = event.score === undefined ? undefined : Math.round(event.score * 100);
      return zh
        ? {
            title: '新的匹配',
            body: ['您的需求', demand, '匹配到', listing, score === undefined ? '。' : `，匹配度 ${score}%。`],
          }
        : {
            title: 'New match',
            body: [
              'Your demand ',
              demand,
              ' was matched with ',
              listing,
              score === undefined ? '.' : ` (${score}% match).`,
            ],
          };
    }
    case 'match.interest':
      return zh
        ? { title: '服务商有意向', body: [listing, '的服务商对您的需求', demand, '表示有意向。'] }
        : {
            title: 'A provider is interested',
            body: ['The provider of ', listing, ' is interested in your demand ', demand, '.'],
          };
    default:
      return assertNever(type, 'match event type');
  }
}

/** The in-app notification of a match event, in the reader's language. */
export function matchNotificationText(type: MatchEventType, event: MatchEventFacts, locale: Locale): NotificationText {
  const said = matchSaid(type, event, locale);
  return { title: said.title, body: plainText(said.body) };
}

/** The email of a match event to the demand's author, with a link to its matches. */
export function matchEmail(
  type: MatchEventType,
  event: MatchEventFacts,
  reader: { locale: Locale; name?: string; demandUrl: string },
): RenderedEmail {
  const { locale } = reader;
  const said = matchSaid(type, event, locale);
  return renderEmail(locale, {
    subject: said.title,
    greeting: greeting(reader.name, locale),
    heading: said.title,
    paragraphs: [said.body],
    action: { label: locale === 'zh-CN' ? '查看匹配' : 'View the matches', url: reader.demandUrl },
    reason:
      locale === 'zh-CN'
        ? '您收到此邮件，是因为您发布了这条需求。'
        : 'You receive this email because you posted this demand.',
  });
}
