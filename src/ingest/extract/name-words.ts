/**
 * The words that give a name's kind away: "… Ministry", "… Expo", "President …", "reporter …". Kept general
 * (no article's own names), so that what works on one article works on the next.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean));

/** The kind of body an organisation's head word names (lower case); every key is an organisation head. */
export const ORGANISATION_HEADS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['government ministry', 'ministry ministries'],
      [
        'government body',
        `bureau administration commission agency department office authority council committee observatory
         congress senate parliament assembly house cabinet secretariat directorate inspectorate`,
      ],
      ['government', 'government municipality'],
      [
        'company',
        `company companies co corp corporation inc incorporated ltd llc plc group holdings automobile motors
         airlines airways technologies technology systems industries enterprises electronics pharmaceuticals
         partners ventures capital bank airline brewery studios`,
      ],
      [
        'media outlet',
        'herald times news post journal daily tribune gazette telegraph guardian press broadcasting television radio online',
      ],
      [
        'academic institution',
        'university college academy institute school laboratory laboratories lab labs',
      ],
      ['association', 'association federation society union alliance league foundation fund trust'],
      ['political party', 'party'],
      ['military', 'army navy force forces guard corps infantry regiment brigade battalion'],
      ['court', 'court tribunal'],
      ['police', 'police constabulary'],
      ['club', 'club fc'],
      ['hospital', 'hospital clinic'],
      ['church', 'church'],
      ['organisation', 'organisation organization network service services centre center'],
    ] as const
  ).flatMap(([kind, heads]) =>
    heads
      .split(/\s+/)
      .filter(Boolean)
      .map((head) => [head, kind] as const),
  ),
);

/** Heads after which the name before is the company's short name: "Changan Automobile" → "Changan". */
export const COMPANY_SUFFIXES = words(
  'automobile motors group company co corp corporation inc ltd llc plc holdings technologies airlines airways',
);

/** Heads that end the name of a place ("Yunyang County", "Xiyong Microelectronics Park"). */
export const PLACE_HEADS = words(
  `county province city town village district region area park river state prefecture island islands
   valley mountain mountains lake sea ocean bay gulf coast peninsula desert forest beach harbour harbor
   street road avenue square airport station bridge canal strait straits plain plains hills highlands
   duchy kingdom empire republic territory territories municipality borough parish`,
);

/** Heads of names that say where something is before they say what it is ("Duchy of Normandy"). */
export const PLACE_FIRST_HEADS = words(
  'duchy kingdom empire republic county province city state isle gulf bay',
);

/** Heads that end an event's name ("2022 China International Intelligent Industry Expo"). */
export const EVENT_HEADS = words(
  `expo exposition summit conference forum games festival olympics olympiad war election elections cup
   championship championships tournament fair show week marathon prix awards ceremony revolution crisis
   massacre uprising rebellion convention exhibition biennale carnival derby open series final
   finals`,
);

/** Heads of events named before what they are of ("Battle of Hastings", "War of 1812"). */
export const EVENT_FIRST_HEADS = words('battle war siege treaty conquest revolution invasion council');

/**
 * Titles written before a name ("President Donald Trump", "Mr Wang"); before "of" or at a run's end they
 * start or end a role ("Senior Vice President of Huawei").
 */
export const TITLES = words(
  `mr mrs ms miss dr prof professor sir dame lord lady president vice premier chancellor minister secretary
   senator sen rep representative gov governor mayor king queen prince princess emperor empress pope
   general gen colonel col major captain capt lieutenant lt sergeant sgt judge justice chief director
   chairman chairwoman chair leader speaker coach bishop archbishop cardinal rabbi imam duke duchess earl
   baron sheikh ayatollah detective inspector officer constable commissioner ambassador spokesman
   spokeswoman ceo cfo coo founder boss manager head deputy executive senior assistant associate mp`,
);

/** Titles that are enough, alone, to make the name after them a person's. */
export const PERSON_TITLES = words(
  `mr mrs ms miss dr prof professor sir dame lord lady president premier chancellor senator sen rep gov
   governor mayor king queen prince princess emperor empress pope general gen colonel col captain capt
   lieutenant lt sergeant sgt judge justice bishop archbishop cardinal rabbi imam duke duchess earl baron
   sheikh ayatollah detective inspector constable ambassador minister secretary chairman chairwoman leader
   coach director spokesman spokeswoman ceo founder manager boss mp speaker`,
);

/** Nouns for a person's job or part, written before a name or in an apposition after it. */
export const ROLE_NOUNS = words(
  `reporter correspondent journalist editor columnist writer author spokesman spokeswoman spokesperson
   chairman chairwoman director chief executive president minister secretary senator leader manager coach
   captain defender striker midfielder goalkeeper forward player actor actress singer musician artist
   professor scientist researcher lawyer attorney judge officer official doctor founder ceo owner boss
   chef analyst economist expert mayor governor ambassador envoy general commander detective inspector
   sergeant constable star wife husband son daughter mother father brother sister friend colleague
   compatriot teammate rival opponent boyfriend girlfriend student teacher victim suspect witness resident
   pilot driver nurse engineer head deputy vice-president vice-captain chairperson premier king queen
   prince princess emperor pope bishop priest monk rabbi imam adviser advisor consultant designer
   photographer producer director-general secretary-general partner president-elect candidate lawmaker
   legislator politician diplomat negotiator prosecutor investigator campaigner activist worker
   businessman businesswoman entrepreneur investor billionaire banker trader veteran soldier marshal
   admiral duke duchess count countess lord lady heir successor predecessor referee umpire fighter boxer mp`,
);

/** Nouns of a list that names companies ("companies such as Huawei, Alibaba, and Changan Automobile"). */
export const COMPANY_NOUNS = words(
  `companies company firms firm enterprises businesses brands carmakers automakers manufacturers makers
   giants corporations groups banks lenders retailers airlines operators platforms startups start-ups
   suppliers producers developers insurers publishers broadcasters outlets newspapers`,
);

/** Acronyms that are words, units or titles rather than names of a body. */
export const COMMON_ACRONYMS = words(
  `ai tv ceo cfo coo cto gdp pm am ok id dna rna hiv aids covid it pr mp mps vip usb pc ipo atm suv gps sms
   faq diy rip aka ad bc ce vs etc ii iii iv vi vii viii ix xi xii mw gw kw kwh mph km kg cm mm ft lb lbs gb
   tb mb ghz hd uk us usa uae vat cv pdf fm dj lgbt lgbtq sos`,
);

/** Common first names: a capitalised run starting with one is a person's name unless it says otherwise. */
export const FIRST_NAMES = words(
  `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
   mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
   jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
   frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
   ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence
   dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
   vincent ralph eugene russell bobby mason philip louis harry tom tony steve mike jim bill bob ben sam
   nick chris dan matt alex martin simon ian neil graham colin stuart barry wayne lee luke liam oliver
   mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
   sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
   sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
   katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
   virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
   martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
   denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
   kayla alexis lori jane kate claire lucy sophie hillary nicola boris vladimir julia jenny jessie ellie chloe
   katie holly molly amelia ella ava mia zoe leah
   emmanuel francois jean pierre hans klaus jurgen mohammed muhammad ahmed ali hassan omar abdul ibrahim
   carlos luis miguel pedro antonio manuel javier sergio pablo diego marco giuseppe giovanni luca
   sergei dmitry ivan alexei mikhail olga natalia yuri hiroshi kenji takashi akira narendra rahul`,
);

/** The commonest Chinese surnames: two capitalised words starting with one are usually a person's name. */
export const CHINESE_SURNAMES = words(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song
   tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
   shen yao jin xue lei fang bai qin meng xi wen kong`,
);

/** Adjectives of nationality or people: "Norman adventurers" names no one. */
export const DEMONYMS = words(
  `american british english scottish welsh irish french german italian spanish portuguese dutch belgian
   swiss austrian swedish norwegian danish finnish icelandic polish czech russian ukrainian greek turkish
   chinese japanese korean indian pakistani afghan iranian iraqi syrian israeli palestinian saudi egyptian
   african european asian arab arabic latin mexican canadian australian brazilian argentine nigerian
   kenyan norman norse viking roman byzantine frankish gallic celtic saxon anglo-saxon catholic protestant
   christian muslim jewish islamic buddhist hindu western eastern northern southern democratic republican
   conservative liberal federal national international royal imperial medieval`,
);

/** "Norman", "Normans", "Sicilian", "Danish": a word for a people or a nationality, not anyone's name. */
export function isDemonym(lower: string): boolean {
  if (DEMONYMS.has(lower) || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1)))) return true;
  if (FIRST_NAMES.has(lower)) return false;
  return lower.length > 6 && /(?:ian|ean|ese|ish)s?$/.test(lower);
}
