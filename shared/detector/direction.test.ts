import { describe, expect, it } from 'vitest';
import { articleSender, senderOf } from './direction';
import { normalize } from './text';

const sender = (raw: string) => senderOf(normalize(raw));

describe('who sent it, from English grammar', () => {
  it.each([
    ['Xi Jinping sent a message to Kim Jong Un', 'xi'],
    ['Kim Jong Un Sends Reply Message to President Xi Jinping', 'kim'],
    ['Kim Jong Un Receives Congratulatory Message from Xi Jinping', 'xi'],
    ['Kim Jong Un received a letter from Xi Jinping', 'xi'],
    ['a message sent by Chinese President Xi Jinping', 'xi'],
    ["Xi's letter reached Kim on Monday", 'xi'],
    ["Chinese President Xi Jinping has answered North Korean leader Kim Jong-un's earlier letter", 'xi'],
    ['Xi replies to Kim Jong', 'xi'],
    ['Chinese President Xi Jinping on Thursday sent North Korean leader Kim Jong Un a message of congratulations', 'xi'],
    ['North Korean leader Kim Jong Un congratulated Xi Jinping on his re-election', 'kim'],
    ['Kim thanked Xi for the congratulations', 'kim'],
    ['Xi extends congratulations on DPRK\'s 74th founding anniversary', 'xi'],
    ['Xi Jinping and Kim Jong Un exchanged congratulatory messages', 'both'],
    ['Xi and Kim hold talks in Beijing', null],
  ])('%s → %s', (s, who) => expect(sender(s)).toBe(who));
});

describe('who sent it, from Korean particles and verbs', () => {
  it.each([
    ['김정은, 시진핑에게 축전', 'kim'],
    ['김정은, 시진핑에 답전', 'kim'],
    ['시진핑, 김정은에 "공동인식 실천…끊임없는 성과 축원"', null],
    ['시진핑 중국 국가주석이 김정은 북한 국무위원장에게 답전을 보내 두 나라의 공동 인식을 실천하자고 밝혔다', 'xi'],
    ['김정은 북한 국무위원장이 시진핑 중국 국가주석에게 위문 서한을 보냈다', 'kim'],
    ['김정은동지께 습근평동지가 구두친서를 보내여왔다', 'xi'],
    ['김정은동지께서 구두친서를 보내신데 대한 회답으로 습근평동지가 구두친서를 보내여왔다', 'xi'],
    ['김정은 위원장은 시진핑 주석으로부터 연하장을 받았다', 'xi'],
    ['시진핑의 축전에 대해 김정은은 감사를 표했다', 'kim'],
    ['김정은, 시진핑의 축전에 대한 답전', 'kim'],
    ['김정은 위원장의 친서', 'kim'],
    ['김 위원장이 시 주석에게 구두친서를 보냈다', 'kim'],
    ['북중 정상이 축전을 교환했다 시진핑 김정은', 'both'],
  ])('%s → %s', (s, who) => expect(sender(s)).toBe(who));
});

describe('who sent it, from Chinese constructions (simplified and traditional)', () => {
  it.each([
    ['习近平致电金正恩', 'xi'],
    ['習近平致電祝賀金正恩被推舉為朝鮮勞動黨委員長', 'xi'],
    ['金正恩致电习近平', 'kim'],
    ['朝鲜国务委员长金正恩15日回电习近平，感谢他祝贺', 'kim'],
    ['金正恩復電習近平', 'kim'],
    ['习近平复电金正恩', 'xi'],
    ['习近平回复金正恩口信', 'xi'],
    ['崔龙海转交金正恩亲笔信', 'kim'],
    ['崔龙海转交了金正恩致习近平的亲笔信', 'kim'],
    ['习近平向金正恩致以诚挚祝贺', 'xi'],
    ['习近平给金正恩发来贺电', 'xi'],
    ['金正恩收到习近平的贺卡', 'xi'],
    ['金正恩收到習近平的賀卡', 'xi'],
    ['李强代习近平向金正恩转达亲切问候', 'xi'],
    ['金正恩请李强向习近平转达诚挚问候', 'kim'],
    ['习近平通过新任驻朝大使向金正恩转交口信', 'xi'],
    ['习近平同金正恩互致贺电', 'both'],
    ['習近平同金正恩互致賀電', 'both'],
  ])('%s → %s', (s, who) => expect(sender(s)).toBe(who));
});

describe("the article's sender", () => {
  it('weighs the headline twice against the sentences that state the story', () => {
    expect(articleSender(normalize('김정은, 시진핑에 답전'), [normalize('시진핑 주석이 김 위원장에게 축전을 보냈었다')])).toBe('kim');
  });
  it('says nothing when they disagree evenly', () => {
    expect(articleSender('', [normalize('习近平致电金正恩'), normalize('金正恩致电习近平')])).toBeNull();
  });
});
