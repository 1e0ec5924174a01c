// The demo's second site: an Arabic sister site of the network, right to left, with Dari
// (fa-AF) as its second language. Fictional people; every word original, written for the demo.
import type { CommentMode } from '../../db/database.ts';
import type { SceneSpec } from '../scenes.ts';
import type { DemoAuthor, DemoComment, DemoStaff, DemoText } from './types.ts';

export const ARABIC_SITE = {
  slug: 'arabic',
  name: 'سراي آسيا الوسطى',
  // Chromium (and curl) resolve *.localhost to loopback: http://ar.localhost:3000/ works with no set-up.
  host: 'ar.localhost',
  defaultLocale: 'ar',
  locales: ['ar', 'fa-AF'],
  /** Comments appear at once and are reviewed afterwards; they close a month after publication. */
  comments: { mode: 'post' as CommentMode, closeAfterDays: 30 },
} as const;

export type ArabicSectionKey = 'economy' | 'weather' | 'culture' | 'sport';
export type ArabicLocale = 'ar' | 'fa-AF';

export interface ArabicSection { key: ArabicSectionKey; slug: string; name: string; labels: Record<ArabicLocale, string> }

export const ARABIC_SECTIONS: ArabicSection[] = [
  { key: 'economy', slug: 'economy', name: 'اقتصاد', labels: { ar: 'اقتصاد', 'fa-AF': 'اقتصاد' } },
  { key: 'weather', slug: 'weather', name: 'طقس وبيئة', labels: { ar: 'طقس وبيئة', 'fa-AF': 'هوا و محیط زیست' } },
  { key: 'culture', slug: 'culture', name: 'ثقافة', labels: { ar: 'ثقافة', 'fa-AF': 'فرهنگ' } },
  { key: 'sport', slug: 'sport', name: 'رياضة', labels: { ar: 'رياضة', 'fa-AF': 'ورزش' } },
];

/** The Arabic desk's editor: limited to this site (user_sites), so the header shows no site picker for her. */
export const ARABIC_STAFF: DemoStaff = { key: 'editor-ar', email: 'editor.ar@serai.local', displayName: 'سلمى حداد', role: 'editor' };

export const ARABIC_AUTHORS: DemoAuthor[] = [
  {
    key: 'salma', name: 'سلمى حداد', staffKey: 'editor-ar',
    bio: 'محررة الشؤون الاقتصادية في النسخة العربية، تتابع التجارة والنقل بين آسيا الوسطى وجيرانها من مكتبها في طشقند.',
  },
  {
    key: 'omar', name: 'عمر الفاروقي',
    bio: 'كاتب في الثقافة والتراث، يكتب عن مدن طريق الحرير القديمة ومكتباتها وحِرفها وأهلها.',
  },
  {
    key: 'maryam', name: 'مريم ناصر',
    bio: 'مراسلة تغطي الطقس والبيئة والرياضة، وتتنقل بين ألماتي وطشقند ومزار شريف.',
  },
];

/** One story of the sister site: Arabic first, sometimes also in Dari (same translation group). */
export interface ArabicStory {
  key: string;
  section: ArabicSectionKey;
  authors: string[];
  /** Published this many hours before the seed runs. */
  hours: number;
  scene: SceneSpec;
  credit: string;
  ar: DemoText;
  dari?: DemoText;
}

export interface ArabicDiscussion { story: string; comments: DemoComment[] }

export const ARABIC_POLICY = {
  title: 'سياسة التعليقات',
  bodyMd: `نرحّب بالتعليقات التي تضيف شيئاً إلى الخبر: تصحيحاً، أو شهادة من عين المكان، أو سؤالاً، أو رأياً مختلفاً يُطرح بحسن نية. ولكي يبقى النقاش مفيداً للجميع، نرجو الالتزام بالقواعد التالية.

## الاحترام أولاً
انتقدوا الأفكار لا الأشخاص. لا مكان للشتائم أو التهديد أو مضايقة القرّاء الآخرين أو من نكتب عنهم أو صحفيينا.

## البقاء في صلب الموضوع
علّقوا على المقال الذي تقرؤونه. تُحذف الإعلانات والرسائل المتسلسلة، والتعليق نفسه إذا أُرسل مرات عدة.

## لا للكراهية والتحريض
نحذف التعليقات التي تهاجم الناس بسبب أصلهم أو دينهم أو جنسيتهم أو جنسهم أو إعاقتهم، وكل ما يدعو إلى العنف أو إلى مخالفة القانون.

## البيانات الشخصية
لا تنشروا أرقام هواتف أو عناوين سكن أو أرقام وثائق أو أي بيانات خاصة، لكم أو لغيركم. لا يرى عنوان بريدكم الإلكتروني إلا المشرفون، ولا يظهر على الموقع.

## كيف تعمل المراجعة
تظهر التعليقات على هذا الموقع فور إرسالها، ثم يراجعها مشرف بعد ذلك ويحذف ما يخالف هذه القواعد، وقراره في ذلك نهائي. وتُغلق التعليقات على كل مقال بعد 30 يوماً من نشره.

بإرسال تعليقكم فإنكم توافقون على هذه السياسة.`,
};
