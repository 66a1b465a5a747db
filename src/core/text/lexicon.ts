import { normalizeWord } from './normalize-word.js';
import { stem } from './stem.js';

/**
 * Words a reader treats as the same thing when asking about an article ("deals signed" ~ "contracted
 * investment", "how hot" ~ "temperature"). Each line is one group; a word may sit in several groups.
 * Kept general — news language, not any one article's wording — and deliberately small: a group that is
 * too broad makes the engine answer questions the article does not answer.
 */
const GROUPS: readonly string[] = [
  'invest investment investor fund funding capital financing finance',
  'contract contracted sign signed signing deal deals agreement agreements pact accord treaty treaties',
  'project projects deal deals scheme venture',
  'hot heat heatwave temperature temperatures warm warmth degree degrees scorching',
  'cold chill freezing frost temperature degrees',
  'first opening open opened initial inaugural debut original originally earliest',
  'begin began begun start started launch launched commence kick',
  'end ended finish finished close closed conclude concluded',
  'close closed closure shut suspend suspended cancel cancelled halt',
  'company companies firm firms enterprise enterprises business businesses corporation corporations',
  'organize organizer organized host hosted sponsor sponsored arrange arranged hold held',
  'chip chips processor processors semiconductor semiconductors',
  'use used uses using adopt adopted adopts employ employed utilize utilized rely relies',
  'partner partners partnership cooperation cooperate cooperated collaborate collaboration collaborator alliance ally allied team teamed',
  'city cities urban municipal municipality town',
  'citizen citizens resident residents people inhabitants',
  'population inhabitants residents',
  'forecast forecasts expect expected predict predicted projection projected estimate estimated',
  'reason reasons cause caused because due why',
  'found founded founding establish established establishment',
  'rule ruled ruler rulers reign reigned govern governed despot emperor control controlled',
  'marry married marriage wed wedding wife husband spouse fiancee engaged',
  'origin origins originate originated descend descended descendant native',
  'enemy enemies opponent opponents rival rivals foe',
  'brother brothers sister sisters sibling siblings',
  'son sons daughter daughters heir heirs child children',
  'expel expelled exile exiled oust ousted drove driven overthrow overthrew',
  'ruin ruined thwart thwarted foil foiled spoil spoiled',
  'lead led leader leaders command commanded commander charge headed',
  'religion religious faith christian christianity catholic catholicism protestant muslim islam islamic jewish judaism buddhist buddhism hindu',
  'language languages dialect dialects tongue',
  'fall fell capture captured conquer conquered conquest seize seized',
  'build built building construct constructed construction develop developed development create created',
  'weather meteorological climate',
  'ai artificial intelligence',
  'percent percentage proportion share fraction portion',
  'large largest big biggest major main principal primary',
  'high higher highest maximum peak top',
  'low lower lowest minimum',
  'speech speeches speak spoke speaking talk talks address remarks',
  'online virtual video remote internet website web',
  'position role title job post',
  'head heads chief leader leaders executive executives boss',
  'country nation national',
  'kill killed killing die died death deaths dead fatal',
  'buy bought purchase purchased acquire acquired acquisition',
  'sell sold sale sales',
  'increase increased rise rose risen grow grew growth surge surged climb climbed',
  'decrease decreased fall fell drop dropped decline declined',
  'war conflict fight fought battle battles',
  'win won victory beat defeated',
  'warn warning warnings alert signal',
  'expo exhibition exposition',
  'plan plans aim aims goal intend intends',
  'help helps assist support supports',
  'attack attacked assault raid',
  'arrest arrested detain detained',
  'elect elected election vote voted',
  'president chairman head',
  'money cost costs price spend spent pay paid worth value',
  'summit conference meeting forum',
  'center hub base',
  'enterprise enterprises institution institutions',
  'government authority authorities administration',
  'job jobs employment',
  'child children kid kids',
  'doctor physician',
  'car cars vehicle vehicles automobile automobiles auto',
  'student students pupil pupils',
];

let conceptIndex: Map<string, string[]> | undefined;

function buildIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  GROUPS.forEach((group, groupNumber) => {
    const id = `~${groupNumber}`;
    for (const word of group.split(' ')) {
      for (const part of word.split('-')) {
        if (part.length < 2) continue;
        const key = stem(normalizeWord(part));
        const ids = index.get(key) ?? [];
        if (!ids.includes(id)) ids.push(id);
        index.set(key, ids);
      }
    }
  });
  return index;
}

const NONE: readonly string[] = [];

/** The ids of the synonym groups a stem belongs to. */
export function conceptsOf(stemmed: string): readonly string[] {
  conceptIndex ??= buildIndex();
  return conceptIndex.get(stemmed) ?? NONE;
}
