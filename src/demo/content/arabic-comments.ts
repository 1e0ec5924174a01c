// Readers' comments on the Arabic sister site, all approved (the site is under
// post-moderation). Fictional readers; original text written for the demo.
import type { ArabicDiscussion } from './arabic-newsroom.ts';

export const ARABIC_DISCUSSIONS: ArabicDiscussion[] = [
  {
    story: 'bukhara-manuscripts',
    comments: [
      {
        key: 'visit', name: 'يوسف', email: 'yusuf.t@example.net', minutes: 40, state: 'approved',
        body: 'زرت بخارى قبل عامين ولم أتمكن من رؤية أي مخطوطة. يسعدني أن الدخول مجاني للطلاب هذه المرة.',
      },
      {
        key: 'catalogue', replyTo: 'visit', name: 'ليلى م.', email: 'layla.m@example.org', minutes: 75, state: 'approved',
        body: 'هل هناك فهرس إلكتروني للمخطوطات؟ أتمنى أن تُنشر صورها على الإنترنت لمن لا يستطيع السفر.',
      },
      {
        key: 'digital', replyTo: 'catalogue', name: 'يوسف', email: 'yusuf.t@example.net', minutes: 110, state: 'approved',
        body: 'قرأت أن المكتبة تعمل على فهرس رقمي يصدر قبل نهاية العام، ونأمل أن يشمل الصور أيضاً.',
      },
    ],
  },
  {
    story: 'termez-dry-port',
    comments: [
      {
        key: 'farmers', name: 'عبد الله ر.', email: 'abdullah.r@example.com', minutes: 55, state: 'approved',
        body: 'خبر جيد لمزارعي سرخان داريا. المستودعات المبرّدة هي ما ينقصنا منذ سنوات.',
      },
      {
        key: 'transit', name: 'سارة', email: 'sara.k@example.net', minutes: 90, state: 'approved',
        body: 'أرقام مشجعة، لكن أتمنى أن نعرف كم من هذه البضائع صادرات وكم منها عبور فقط.',
      },
    ],
  },
];
