/** Public texts for withdrawn and unpublished items, in every locale. */
import type { Locale } from '../platform/i18n/locales.ts';

export interface WithdrawalMessages {
  /** The banner on a withdrawn item. */
  withdrawnBanner: (date: string, explanation: string | null) => string;
  goneTitle: string;
  goneText: string;
}

export const withdrawalMessages: Record<Locale, WithdrawalMessages> = {
  en: {
    withdrawnBanner: (date, explanation) => `This item was withdrawn on ${date}${explanation ? `: ${explanation}` : '.'}`,
    goneTitle: 'This item has been removed',
    goneText: 'The press service has taken this item off the site. It is no longer available.',
  },
  ru: {
    withdrawnBanner: (date, explanation) => `Этот материал отозван ${date}${explanation ? `: ${explanation}` : '.'}`,
    goneTitle: 'Материал удалён',
    goneText: 'Пресс-служба сняла этот материал с сайта. Он больше не доступен.',
  },
};
