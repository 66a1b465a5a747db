/**
 * Well-known places and the larger place each lies in: the countries, the large cities and the main
 * regions a news article names without saying they are places. Deliberately small and general.
 */

const CONTINENTS = `Africa, Asia, Europe, North America, South America, Latin America, Oceania, Antarctica, Arctic,
Middle East, Near East, Far East, Southeast Asia, South Asia, Central Asia, East Asia, West Africa, East Africa,
North Africa, Sub-Saharan Africa, Central America, Caribbean, Scandinavia, Balkans, Mediterranean, Pacific,
Atlantic, Gulf, Persian Gulf, Siberia, Sahara, Himalayas, Alps, Western Europe, Eastern Europe`;

const COUNTRIES_BY_CONTINENT = `
Africa: Algeria, Angola, Benin, Botswana, Burkina Faso, Burundi, Cameroon, Chad, Congo, Egypt, Eritrea,
 Ethiopia, Gabon, Gambia, Ghana, Guinea, Ivory Coast, Kenya, Lesotho, Liberia, Libya, Madagascar, Malawi,
 Mali, Mauritania, Mauritius, Morocco, Mozambique, Namibia, Niger, Nigeria, Rwanda, Senegal, Sierra Leone,
 Somalia, South Africa, South Sudan, Sudan, Tanzania, Togo, Tunisia, Uganda, Zambia, Zimbabwe
Asia: Afghanistan, Armenia, Azerbaijan, Bahrain, Bangladesh, Bhutan, Brunei, Cambodia, China, Georgia, India,
 Indonesia, Iran, Iraq, Israel, Japan, Jordan, Kazakhstan, Kuwait, Kyrgyzstan, Laos, Lebanon, Malaysia,
 Maldives, Mongolia, Myanmar, Burma, Nepal, North Korea, South Korea, Korea, Oman, Pakistan, Palestine,
 Philippines, Qatar, Saudi Arabia, Singapore, Sri Lanka, Syria, Taiwan, Tajikistan, Thailand, Turkey,
 Turkmenistan, United Arab Emirates, UAE, Uzbekistan, Vietnam, Yemen, Gaza, West Bank
Europe: Albania, Austria, Belarus, Belgium, Bosnia, Bulgaria, Croatia, Cyprus, Czech Republic, Denmark,
 Estonia, Finland, France, Germany, Greece, Hungary, Iceland, Ireland, Italy, Kosovo, Latvia, Lithuania,
 Luxembourg, Malta, Moldova, Monaco, Montenegro, Netherlands, Holland, Norway, Poland, Portugal, Romania,
 Russia, Serbia, Slovakia, Slovenia, Spain, Sweden, Switzerland, Ukraine, United Kingdom, UK, U.K., Britain,
 Great Britain, Vatican
North America: United States, US, U.S., USA, U.S.A., America, Canada, Mexico, Cuba, Haiti, Jamaica,
 Dominican Republic, Guatemala, Honduras, Nicaragua, Panama, Costa Rica, El Salvador, Bahamas, Puerto Rico
South America: Argentina, Bolivia, Brazil, Chile, Colombia, Ecuador, Paraguay, Peru, Uruguay, Venezuela
Oceania: Australia, New Zealand, Fiji, Papua New Guinea, Samoa, Tonga`;

const PLACES_BY_COUNTRY = `
China: Beijing, Shanghai, Chongqing, Tianjin, Guangzhou, Shenzhen, Chengdu, Wuhan, Hangzhou, Nanjing, Xi'an,
 Harbin, Shenyang, Dalian, Qingdao, Xiamen, Suzhou, Kunming, Changsha, Zhengzhou, Hong Kong, Macau, Lhasa,
 Tibet, Xinjiang, Guangdong, Sichuan, Hubei, Hunan, Henan, Hebei, Shandong, Jiangsu, Zhejiang, Fujian,
 Yunnan, Guizhou, Guangxi, Hainan, Anhui, Jiangxi, Shanxi, Shaanxi, Gansu, Qinghai, Ningxia, Inner Mongolia,
 Liaoning, Jilin, Heilongjiang
United States: New York, Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, Dallas,
 San Francisco, Seattle, Boston, Miami, Atlanta, Detroit, Denver, Las Vegas, New Orleans, Baltimore,
 Washington, Washington DC, DC, LA, NYC, Silicon Valley, Manhattan, Brooklyn, Alabama, Alaska, Arizona, Arkansas,
 California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas,
 Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana,
 Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, North Carolina, North Dakota, Ohio, Oklahoma,
 Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont,
 Virginia, West Virginia, Wisconsin, Wyoming
United Kingdom: London, Manchester, Birmingham, Liverpool, Leeds, Glasgow, Edinburgh, Cardiff, Belfast,
 Bristol, Oxford, Cambridge, England, Scotland, Wales, Northern Ireland, Yorkshire, Kent
France: Paris, Marseille, Lyon, Nice, Toulouse, Bordeaux, Normandy, Brittany, Provence, Corsica
Germany: Berlin, Munich, Hamburg, Frankfurt, Cologne, Dortmund, Stuttgart, Bavaria
Italy: Rome, Milan, Naples, Turin, Venice, Florence, Sicily, Sardinia, Tuscany
Spain: Madrid, Barcelona, Seville, Valencia, Catalonia, Andalusia
Russia: Moscow, St Petersburg, Chechnya, Crimea
Ukraine: Kiev, Kyiv, Kharkiv, Odessa, Donbas
India: New Delhi, Delhi, Mumbai, Kolkata, Chennai, Bangalore, Hyderabad, Kashmir, Punjab
Japan: Tokyo, Osaka, Kyoto, Hiroshima, Okinawa, Fukushima
South Korea: Seoul, Busan
North Korea: Pyongyang
Taiwan: Taipei
Canada: Toronto, Montreal, Vancouver, Ottawa, Quebec, Ontario, British Columbia, Alberta
Australia: Sydney, Melbourne, Brisbane, Perth, Canberra, Queensland
Brazil: Rio de Janeiro, Sao Paulo, Brasilia
Mexico: Mexico City
Egypt: Cairo
Nigeria: Lagos, Abuja
Kenya: Nairobi
South Africa: Johannesburg, Cape Town, Pretoria
Turkey: Istanbul, Ankara
Iran: Tehran
Iraq: Baghdad, Mosul, Basra
Syria: Damascus, Aleppo
Israel: Jerusalem, Tel Aviv
Lebanon: Beirut
Saudi Arabia: Riyadh, Mecca, Jeddah
United Arab Emirates: Dubai, Abu Dhabi
Pakistan: Islamabad, Karachi, Lahore
Afghanistan: Kabul
Thailand: Bangkok
Vietnam: Hanoi, Ho Chi Minh City
Indonesia: Jakarta, Bali
Philippines: Manila
Malaysia: Kuala Lumpur
Argentina: Buenos Aires
Greece: Athens
Netherlands: Amsterdam, The Hague, Rotterdam
Belgium: Brussels
Austria: Vienna
Switzerland: Geneva, Zurich
Sweden: Stockholm
Norway: Oslo
Denmark: Copenhagen
Poland: Warsaw
Ireland: Dublin
Portugal: Lisbon
Czech Republic: Prague
Hungary: Budapest`;

/** Place name → the larger place it lies in ('' for a continent or a region without one). */
export const KNOWN_PLACES: ReadonlyMap<string, string> = buildPlaces();

function buildPlaces(): Map<string, string> {
  const places = new Map<string, string>();
  for (const name of splitNames(CONTINENTS)) places.set(name, '');
  for (const [within, names] of groups(COUNTRIES_BY_CONTINENT)) {
    for (const name of names) places.set(name, within);
  }
  for (const [within, names] of groups(PLACES_BY_COUNTRY)) {
    for (const name of names) places.set(name, within);
  }
  return places;
}

function groups(text: string): Array<[string, string[]]> {
  return text
    .split(/\n(?=\S)/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const colon = block.indexOf(':');
      return [block.slice(0, colon), splitNames(block.slice(colon + 1))];
    });
}

function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
