/** Every user-facing string of the public site, per locale. */
import type { Locale } from './locales.ts';
import type { DocumentType } from '../../newsroom/domain.ts';

export interface Messages {
  languageName: string;
  siteName: string;
  skipToContent: string;
  mainNavigation: string;
  home: string;
  allNews: string;
  sections: string;
  latestNews: string;
  goBack: string;
  backToSection: string;
  backToAllNews: string;
  itemNavigation: string;
  switchLanguage: string;
  readInOtherLanguage: string;
  published: string;
  updated: string;
  pressContact: string;
  phone: string;
  email: string;
  meeting: string;
  meetingBody: string;
  meetingDate: string;
  meetingFormat: string;
  meetingLocation: string;
  chair: string;
  participants: string;
  agenda: string;
  outcomes: string;
  author: string;
  formats: Record<'in_person' | 'videoconference' | 'hybrid', string>;
  documentTypes: Record<DocumentType, string>;
  pagination: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, pages: number) => string;
  noItems: string;
  notFoundTitle: string;
  notFoundText: string;
  badRequestTitle: string;
  badRequestText: string;
  errorTitle: string;
  errorText: string;
  unavailableTitle: string;
  unavailableText: string;
  unwritableTitle: string;
  unwritableText: string;
  footerNote: string;
  pageParameter: (value: string) => string;
  pageBeyondEnd: (page: number, pages: number) => string;
}

const en: Messages = {
  languageName: 'English',
  siteName: 'CSTO Press Center',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main navigation',
  home: 'Home',
  allNews: 'All news',
  sections: 'Sections',
  latestNews: 'Latest news',
  goBack: 'Go back',
  backToSection: 'Back to the section',
  backToAllNews: 'Back to all news',
  itemNavigation: 'Item navigation',
  switchLanguage: 'Language',
  readInOtherLanguage: 'Read in',
  published: 'Published',
  updated: 'Updated',
  pressContact: 'Press contact',
  phone: 'Phone',
  email: 'E-mail',
  meeting: 'Meeting',
  meetingBody: 'Body',
  meetingDate: 'Date',
  meetingFormat: 'Format',
  meetingLocation: 'Place',
  chair: 'Chair',
  participants: 'Participants',
  agenda: 'Agenda',
  outcomes: 'Outcomes',
  author: 'Author',
  formats: { in_person: 'In person', videoconference: 'Videoconference', hybrid: 'In person and by videoconference' },
  documentTypes: {
    news: 'News', statement: 'Statement', meeting_report: 'Meeting report', press_release: 'Press release',
    interview: 'Interview', announcement: 'Announcement',
  },
  pagination: 'Pages',
  previousPage: 'Newer items',
  nextPage: 'Older items',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  noItems: 'There are no items here yet.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have been moved, or the address may be mistyped.',
  badRequestTitle: 'Invalid request',
  badRequestText: 'The address contains a value this page cannot use.',
  errorTitle: 'Something went wrong',
  errorText: 'The page could not be shown because of an error on our side. Please try again in a moment.',
  unavailableTitle: 'Temporarily unavailable',
  unavailableText: 'The press center cannot reach its database right now. Please try again in a moment.',
  unwritableTitle: 'Changes cannot be saved right now',
  unwritableText: 'The press center\'s database cannot take changes at the moment (its disk is full or it is read-only). Nothing was changed; reading the site still works. Please tell the site operator.',
  footerNote: 'Collective Security Treaty Organization',
  pageParameter: (value) => `The page number "${value}" is not a whole number from 1 upwards.`,
  pageBeyondEnd: (page, pages) => `There is no page ${page}: this list has ${pages} page${pages === 1 ? '' : 's'}.`,
};

const ru: Messages = {
  languageName: 'Русский',
  siteName: 'Пресс-центр ОДКБ',
  skipToContent: 'Перейти к содержанию',
  mainNavigation: 'Основная навигация',
  home: 'Главная',
  allNews: 'Все новости',
  sections: 'Разделы',
  latestNews: 'Последние новости',
  goBack: 'Назад',
  backToSection: 'Вернуться в раздел',
  backToAllNews: 'Ко всем новостям',
  itemNavigation: 'Навигация по материалу',
  switchLanguage: 'Язык',
  readInOtherLanguage: 'Читать на языке:',
  published: 'Опубликовано',
  updated: 'Обновлено',
  pressContact: 'Контакты для прессы',
  phone: 'Телефон',
  email: 'Эл. почта',
  meeting: 'Заседание',
  meetingBody: 'Орган',
  meetingDate: 'Дата',
  meetingFormat: 'Формат',
  meetingLocation: 'Место',
  chair: 'Председатель',
  participants: 'Участники',
  agenda: 'Повестка дня',
  outcomes: 'Итоги',
  author: 'Автор',
  formats: { in_person: 'Очно', videoconference: 'Видеоконференция', hybrid: 'Очно и по видеосвязи' },
  documentTypes: {
    news: 'Новость', statement: 'Заявление', meeting_report: 'Сообщение о заседании', press_release: 'Пресс-релиз',
    interview: 'Интервью', announcement: 'Анонс',
  },
  pagination: 'Страницы',
  previousPage: 'Более новые',
  nextPage: 'Более ранние',
  pageOf: (page, pages) => `Страница ${page} из ${pages}`,
  noItems: 'Здесь пока нет материалов.',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'По этому адресу страницы нет. Возможно, она перемещена или в адресе опечатка.',
  badRequestTitle: 'Неверный запрос',
  badRequestText: 'В адресе указано значение, которое эта страница не может обработать.',
  errorTitle: 'Произошла ошибка',
  errorText: 'Страницу не удалось показать из-за ошибки на нашей стороне. Попробуйте ещё раз немного позже.',
  unavailableTitle: 'Временно недоступно',
  unavailableText: 'Пресс-центр сейчас не может обратиться к базе данных. Попробуйте ещё раз немного позже.',
  unwritableTitle: 'Сохранить изменения сейчас нельзя',
  unwritableText: 'База данных пресс-центра сейчас не принимает изменения (диск заполнен или база доступна только для чтения). Ничего не изменено; сайт по-прежнему можно читать. Сообщите администратору сайта.',
  footerNote: 'Организация Договора о коллективной безопасности',
  pageParameter: (value) => `Номер страницы «${value}» должен быть целым числом начиная с 1.`,
  pageBeyondEnd: (page, pages) => `Страницы ${page} нет: в этом списке страниц — ${pages}.`,
};

export const MESSAGES: Record<Locale, Messages> = { en, ru };

export function messages(locale: Locale): Messages {
  return MESSAGES[locale];
}
