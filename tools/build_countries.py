"""Dev-time generator for ``kg/resources/countries.tsv`` (not imported by the package).

Run from the repository root with the project venv::

    .venv/bin/python tools/build_countries.py   (needs the dev extra: countryinfo)

It starts from pycountry (the ISO 3166-1 list) and countryinfo (capitals, alternative spellings,
demonyms) and applies the hand-written overrides below, which take precedence. The output has one
row per ISO 3166-1 alpha-2 code plus ``XK`` (Kosovo, a user-assigned code in wide use) and columns
``id name qid aliases demonyms capital``; list-valued columns are ``|``-separated.

QIDs are filled in only for entries that were cross-checked (left empty otherwise).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pycountry
from countryinfo import CountryInfo

OUT = Path(__file__).resolve().parent.parent / "kg" / "resources" / "countries.tsv"

# --- common English short names (override pycountry's formal ones) ---------------------------
NAME = {
    "BO": "Bolivia", "BN": "Brunei", "BS": "Bahamas", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Ivory Coast", "CV": "Cape Verde", "CZ": "Czech Republic",
    "FK": "Falkland Islands", "FM": "Micronesia", "GB": "United Kingdom", "GM": "Gambia",
    "IR": "Iran", "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova",
    "MK": "North Macedonia", "PS": "Palestine", "RU": "Russia", "SY": "Syria", "SZ": "Eswatini",
    "TL": "East Timor", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States",
    "VA": "Vatican City", "VE": "Venezuela", "VN": "Vietnam", "ST": "São Tomé and Príncipe",
    "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands", "SX": "Sint Maarten",
    "MF": "Saint Martin", "SH": "Saint Helena, Ascension and Tristan da Cunha", "MO": "Macau",
    "HK": "Hong Kong", "PN": "Pitcairn Islands", "CC": "Cocos (Keeling) Islands",
    "TF": "French Southern and Antarctic Lands", "UM": "United States Minor Outlying Islands",
    "BQ": "Caribbean Netherlands", "SJ": "Svalbard and Jan Mayen", "AX": "Åland Islands",
    "NL": "Netherlands", "PH": "Philippines", "AE": "United Arab Emirates",
    "DO": "Dominican Republic", "CF": "Central African Republic", "KN": "Saint Kitts and Nevis",
    "VC": "Saint Vincent and the Grenadines", "LC": "Saint Lucia", "GS": "South Georgia and the South Sandwich Islands",
}

# --- extra aliases (added to pycountry's name/official/common names) --------------------------
ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "the United States", "United States of America",
           "the U.S.", "the US", "the USA", "the United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom", "the UK", "the U.K.",
           "United Kingdom of Great Britain and Northern Ireland", "Kingdom of Great Britain and Northern Ireland",
           "Northern Ireland"],
    "RU": ["Russian Federation", "the Russian Federation"],
    "TR": ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"],
    "KR": ["Republic of Korea", "ROK", "the ROK", "the Republic of Korea", "Korea", "Korea, Republic of"],
    "KP": ["DPRK", "the DPRK", "Democratic People's Republic of Korea", "Democratic People’s Republic of Korea",
           "North Korea"],
    "CN": ["PRC", "the PRC", "People's Republic of China", "People’s Republic of China", "the People's Republic of China",
           "the People’s Republic of China", "Mainland China"],
    "TW": ["Republic of China", "Chinese Taipei"],
    "NL": ["Holland", "The Netherlands", "the Netherlands", "Kingdom of the Netherlands"],
    "AE": ["UAE", "U.A.E.", "the UAE", "the Emirates", "the United Arab Emirates"],
    "SA": ["Kingdom of Saudi Arabia", "KSA"],
    "CZ": ["Czechia"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "SY": ["Syrian Arab Republic"],
    "VN": ["Viet Nam", "Socialist Republic of Vietnam", "Socialist Republic of Viet Nam"],
    "LA": ["Lao PDR", "Lao People's Democratic Republic", "Lao People’s Democratic Republic"],
    "MD": ["Republic of Moldova"],
    "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "TZ": ["United Republic of Tanzania"],
    "PS": ["State of Palestine", "the State of Palestine", "Palestinian Territories", "Palestinian territories",
           "Palestinian Authority", "the Palestinian Authority", "West Bank and Gaza", "occupied Palestinian territories"],
    "CD": ["DRC", "the DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo",
           "the Democratic Republic of the Congo", "the Democratic Republic of Congo", "Congo", "the Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo", "the Republic of the Congo"],
    "CI": ["Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Cote d’Ivoire"],
    "CV": ["Cabo Verde", "Republic of Cabo Verde"],
    "TL": ["Timor-Leste", "Timor Leste"],
    "MK": ["Republic of North Macedonia", "Macedonia"],
    "SZ": ["Swaziland", "Kingdom of Eswatini"],
    "MM": ["Burma", "Republic of the Union of Myanmar"],
    "BS": ["The Bahamas", "the Bahamas", "Commonwealth of The Bahamas"],
    "GM": ["The Gambia", "the Gambia"],
    "PH": ["the Philippines", "Republic of the Philippines"],
    "VA": ["Holy See", "the Holy See", "Vatican"],
    "FM": ["Federated States of Micronesia", "FSM"],
    "MH": ["Republic of the Marshall Islands", "the Marshall Islands", "RMI"],
    "PG": ["PNG"],
    "BN": ["Brunei Darussalam"],
    "KN": ["St. Kitts and Nevis", "St Kitts and Nevis", "Saint Christopher and Nevis"],
    "VC": ["St. Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "LC": ["St. Lucia", "St Lucia"],
    "AG": ["Antigua"],
    "TT": ["Trinidad"],
    "ST": ["Sao Tome and Principe", "São Tomé and Principe"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "IE": ["Republic of Ireland"],
    "HK": ["Hong Kong SAR", "Hong Kong Special Administrative Region"],
    "MO": ["Macao", "Macao SAR"],
    "VI": ["United States Virgin Islands", "US Virgin Islands"],
    "FK": ["Falklands", "Malvinas", "Islas Malvinas"],
    "KZ": ["Republic of Kazakhstan"],
    "KG": ["Kyrgyz Republic"],
    "SK": ["Slovak Republic"],
    "DE": ["Federal Republic of Germany"],
    "UA": ["the Ukraine"],
    "XK": ["Republic of Kosovo"],
    "IL": ["State of Israel"],
    "JO": ["Hashemite Kingdom of Jordan"],
    "SS": ["Republic of South Sudan"],
    "ZA": ["Republic of South Africa"],
    "MX": ["United Mexican States"],
    "BR": ["Federative Republic of Brazil"],
    "AR": ["Argentine Republic"],
    "IN": ["Republic of India", "Bharat"],
    "ID": ["Republic of Indonesia"],
    "NZ": ["Aotearoa"],
    "SX": ["Sint Maarten (Dutch part)"],
    "MF": ["Saint Martin (French part)"],
    "BQ": ["Bonaire, Sint Eustatius and Saba", "Bonaire"],
    "EH": ["Sahrawi Arab Democratic Republic"],
}

# Names that must never be aliases (too ambiguous or plain English words).
BAD_ALIAS = {
    "Congo", "Island", "Mann", "Mannin", "Prathet", "Thai", "Montenegrin", "Togolese", "Guiana",
    "Dominique", "Korea", "America", "Nation of Brunei", "the Abode of Peace",
}
# ... except where explicitly wanted (the brief asks for these).
# A bare "Congo" in the news is the Democratic Republic (as "Congolese" is): the Republic is named in full or as
# "Congo-Brazzaville".
ALLOW_ALIAS = {("KR", "Korea"), ("US", "America"), ("CD", "Congo"), ("CD", "the Congo")}

# --- demonyms / adjectives -------------------------------------------------------------------
DEMONYMS = {
    "US": ["American", "Americans"],
    "GB": ["British", "Briton", "Britons", "Northern Irish"],
    "RU": ["Russian", "Russians"], "CN": ["Chinese"], "KR": ["South Korean", "Korean", "South Koreans"],
    "KP": ["North Korean", "North Koreans"], "JP": ["Japanese"], "IN": ["Indian", "Indians"],
    "AE": ["Emirati", "Emiratis"], "PH": ["Filipino", "Philippine", "Filipinos"],
    "SA": ["Saudi", "Saudi Arabian", "Saudis"], "UA": ["Ukrainian", "Ukrainians"],
    "IL": ["Israeli", "Israelis"], "PS": ["Palestinian", "Palestinians"], "MX": ["Mexican", "Mexicans"],
    "CA": ["Canadian", "Canadians"], "FR": ["French"], "DE": ["German", "Germans"],
    "IT": ["Italian", "Italians"], "ES": ["Spanish", "Spaniard", "Spaniards"], "PT": ["Portuguese"],
    "NL": ["Dutch"], "BE": ["Belgian", "Belgians"], "CH": ["Swiss"], "AT": ["Austrian", "Austrians"],
    "SE": ["Swedish", "Swede", "Swedes"], "NO": ["Norwegian", "Norwegians"], "DK": ["Danish", "Dane", "Danes"],
    "FI": ["Finnish", "Finn", "Finns"], "IS": ["Icelandic", "Icelander", "Icelanders"],
    "IE": ["Irish"], "PL": ["Polish", "Pole", "Poles"], "CZ": ["Czech", "Czechs"], "SK": ["Slovak", "Slovaks"],
    "HU": ["Hungarian", "Hungarians"], "RO": ["Romanian", "Romanians"], "BG": ["Bulgarian", "Bulgarians"],
    "GR": ["Greek", "Greeks"], "TR": ["Turkish", "Turk", "Turks"], "CY": ["Cypriot", "Cypriots"],
    "EE": ["Estonian", "Estonians"], "LV": ["Latvian", "Latvians"], "LT": ["Lithuanian", "Lithuanians"],
    "BY": ["Belarusian", "Belarusians"], "MD": ["Moldovan", "Moldovans"], "GE": ["Georgian", "Georgians"],
    "AM": ["Armenian", "Armenians"], "AZ": ["Azerbaijani", "Azerbaijanis", "Azeri"],
    "KZ": ["Kazakh", "Kazakhstani", "Kazakhs"], "UZ": ["Uzbek", "Uzbekistani", "Uzbeks"],
    "KG": ["Kyrgyz", "Kyrgyzstani"], "TJ": ["Tajik", "Tajikistani", "Tajiks"], "TM": ["Turkmen"],
    "AF": ["Afghan", "Afghans"], "PK": ["Pakistani", "Pakistanis"], "BD": ["Bangladeshi", "Bangladeshis"],
    "LK": ["Sri Lankan", "Sri Lankans"], "NP": ["Nepali", "Nepalese"], "BT": ["Bhutanese"],
    "MV": ["Maldivian", "Maldivians"], "MM": ["Burmese", "Myanmarese"], "TH": ["Thai"],
    "VN": ["Vietnamese"], "KH": ["Cambodian", "Cambodians", "Khmer"], "LA": ["Lao", "Laotian"],
    "MY": ["Malaysian", "Malaysians"], "SG": ["Singaporean", "Singaporeans"], "ID": ["Indonesian", "Indonesians"],
    "BN": ["Bruneian"], "TL": ["Timorese", "East Timorese"], "MN": ["Mongolian", "Mongolians"],
    "TW": ["Taiwanese"], "HK": ["Hong Konger", "Hong Kongers"], "AU": ["Australian", "Australians"],
    "NZ": ["New Zealander", "New Zealanders"], "PG": ["Papua New Guinean", "Papua New Guineans"],
    "FJ": ["Fijian", "Fijians"], "WS": ["Samoan", "Samoans"], "TO": ["Tongan", "Tongans"],
    "SB": ["Solomon Islander", "Solomon Islanders"], "VU": ["Ni-Vanuatu", "Vanuatuan"],
    "PW": ["Palauan"], "FM": ["Micronesian"], "MH": ["Marshallese"], "KI": ["I-Kiribati"],
    "TV": ["Tuvaluan"], "NR": ["Nauruan"],
    "IR": ["Iranian", "Iranians"], "IQ": ["Iraqi", "Iraqis"], "SY": ["Syrian", "Syrians"],
    "LB": ["Lebanese"], "JO": ["Jordanian", "Jordanians"], "EG": ["Egyptian", "Egyptians"],
    "QA": ["Qatari", "Qataris"], "KW": ["Kuwaiti", "Kuwaitis"], "BH": ["Bahraini", "Bahrainis"],
    "OM": ["Omani", "Omanis"], "YE": ["Yemeni", "Yemenis"], "LY": ["Libyan", "Libyans"],
    "TN": ["Tunisian", "Tunisians"], "DZ": ["Algerian", "Algerians"], "MA": ["Moroccan", "Moroccans"],
    "SD": ["Sudanese"], "SS": ["South Sudanese"], "ET": ["Ethiopian", "Ethiopians"],
    "ER": ["Eritrean", "Eritreans"], "SO": ["Somali", "Somalis"], "DJ": ["Djiboutian", "Djiboutians"],
    "KE": ["Kenyan", "Kenyans"], "UG": ["Ugandan", "Ugandans"], "TZ": ["Tanzanian", "Tanzanians"],
    "RW": ["Rwandan", "Rwandans"], "BI": ["Burundian", "Burundians"], "CD": ["Congolese"],
    "CG": [], "AO": ["Angolan", "Angolans"], "ZM": ["Zambian", "Zambians"], "ZW": ["Zimbabwean", "Zimbabweans"],
    "MW": ["Malawian", "Malawians"], "MZ": ["Mozambican", "Mozambicans"], "ZA": ["South African", "South Africans"],
    "NA": ["Namibian", "Namibians"], "BW": ["Botswanan", "Motswana", "Batswana"], "LS": ["Basotho", "Mosotho"],
    "SZ": ["Swazi", "Emaswati"], "MG": ["Malagasy"], "MU": ["Mauritian", "Mauritians"],
    "SC": ["Seychellois"], "KM": ["Comorian", "Comorians"], "NG": ["Nigerian", "Nigerians"],
    "GH": ["Ghanaian", "Ghanaians"], "CI": ["Ivorian", "Ivorians"], "SN": ["Senegalese"],
    "ML": ["Malian", "Malians"], "BF": ["Burkinabe", "Burkinabè"], "NE": ["Nigerien", "Nigeriens"],
    "TD": ["Chadian", "Chadians"], "CM": ["Cameroonian", "Cameroonians"], "CF": ["Central African"],
    "GA": ["Gabonese"], "GQ": ["Equatorial Guinean", "Equatoguinean"], "BJ": ["Beninese"], "TG": ["Togolese"],
    "LR": ["Liberian", "Liberians"], "SL": ["Sierra Leonean", "Sierra Leoneans"], "GN": ["Guinean", "Guineans"],
    "GW": ["Bissau-Guinean"], "GM": ["Gambian", "Gambians"], "CV": ["Cape Verdean", "Cabo Verdean"],
    "MR": ["Mauritanian", "Mauritanians"], "ST": ["Santomean"], "EH": ["Sahrawi"],
    "AR": ["Argentine", "Argentinian", "Argentines", "Argentinians"], "BR": ["Brazilian", "Brazilians"],
    "CL": ["Chilean", "Chileans"], "CO": ["Colombian", "Colombians"], "PE": ["Peruvian", "Peruvians"],
    "VE": ["Venezuelan", "Venezuelans"], "EC": ["Ecuadorian", "Ecuadorean", "Ecuadorians"],
    "BO": ["Bolivian", "Bolivians"], "PY": ["Paraguayan", "Paraguayans"], "UY": ["Uruguayan", "Uruguayans"],
    "GY": ["Guyanese"], "SR": ["Surinamese"], "CU": ["Cuban", "Cubans"], "HT": ["Haitian", "Haitians"],
    "DO": ["Dominican", "Dominicans"], "DM": [], "JM": ["Jamaican", "Jamaicans"],
    "TT": ["Trinidadian", "Tobagonian", "Trinidadians"], "BB": ["Barbadian", "Bajan", "Barbadians"],
    "BS": ["Bahamian", "Bahamians"], "BZ": ["Belizean", "Belizeans"], "GT": ["Guatemalan", "Guatemalans"],
    "HN": ["Honduran", "Hondurans"], "SV": ["Salvadoran", "Salvadorans", "Salvadorean"],
    "NI": ["Nicaraguan", "Nicaraguans"], "CR": ["Costa Rican", "Costa Ricans"], "PA": ["Panamanian", "Panamanians"],
    "GD": ["Grenadian", "Grenadians"], "LC": ["Saint Lucian", "St. Lucian"], "VC": ["Vincentian"],
    "AG": ["Antiguan", "Barbudan"], "KN": ["Kittitian", "Nevisian"],
    "PR": ["Puerto Rican", "Puerto Ricans"], "GL": ["Greenlandic", "Greenlander", "Greenlanders"],
    "RS": ["Serbian", "Serb", "Serbs"], "HR": ["Croatian", "Croat", "Croats"], "SI": ["Slovenian", "Slovene", "Slovenes"],
    "BA": ["Bosnian", "Bosnians", "Herzegovinian"], "ME": ["Montenegrin", "Montenegrins"],
    "MK": ["Macedonian", "North Macedonian"], "AL": ["Albanian", "Albanians"], "XK": ["Kosovar", "Kosovan", "Kosovars"],
    "MT": ["Maltese"], "LU": ["Luxembourgish", "Luxembourger"], "LI": ["Liechtensteiner"], "MC": ["Monegasque"],
    "SM": ["Sammarinese"], "AD": ["Andorran"],
    # territories whose countryinfo demonym is the parent's: none (handled by DROP_CI_DEMONYM)
}
# countryinfo demonyms to ignore (wrong or belonging to the parent state)
DROP_CI_DEMONYM = {"TF", "MQ", "YT", "RE", "PM", "MP", "IO", "SJ", "HK", "MO", "GG", "JE", "CX", "GI",
                   "DJ", "AS", "UM", "HM", "BV", "AQ", "GF", "BL", "MF", "SX", "BQ", "CW", "AX",
                   "DM", "CG"}

# --- capitals -------------------------------------------------------------------------------
CAPITAL = {
    "US": "Washington", "KZ": "Astana", "HK": "Hong Kong", "MO": "Macau", "PF": "Papeete",
    "PS": "Ramallah", "LK": "Colombo", "SZ": "Mbabane", "BQ": "Kralendijk", "TK": "", "IO": "",
    "VA": "Vatican City", "SM": "San Marino", "KI": "South Tarawa", "MM": "Naypyidaw", "YE": "Sanaa",
    "XK": "Pristina", "EH": "Laayoune", "CI": "Yamoussoukro", "BO": "Sucre", "NR": "Yaren",
    "UA": "Kyiv", "MD": "Chișinău", "CO": "Bogotá", "PY": "Asunción", "ST": "São Tomé",
    "CM": "Yaoundé", "TG": "Lomé", "IS": "Reykjavík", "GU": "Hagåtña", "FO": "Tórshavn",
    "VN": "Hanoi", "MV": "Malé", "NC": "Nouméa", "CR": "San José", "BR": "Brasília",
    "AG": "St. John's", "GD": "St. George's", "GG": "St Peter Port", "JE": "St Helier",
}

# --- Wikidata QIDs (sovereign states cross-checked; others left empty) -------------------------
QID = {
    "AD": "Q228", "AE": "Q878", "AF": "Q889", "AG": "Q781", "AL": "Q222", "AM": "Q399", "AO": "Q916",
    "AR": "Q414", "AT": "Q40", "AU": "Q408", "AZ": "Q227", "BA": "Q225", "BB": "Q244", "BD": "Q902",
    "BE": "Q31", "BF": "Q965", "BG": "Q219", "BH": "Q398", "BI": "Q967", "BJ": "Q962", "BN": "Q921",
    "BO": "Q750", "BR": "Q155", "BS": "Q778", "BT": "Q917", "BW": "Q963", "BY": "Q184", "BZ": "Q242",
    "CA": "Q16", "CD": "Q974", "CF": "Q929", "CG": "Q971", "CH": "Q39", "CI": "Q1008", "CL": "Q298",
    "CM": "Q1009", "CN": "Q148", "CO": "Q739", "CR": "Q800", "CU": "Q241", "CV": "Q1011", "CY": "Q229",
    "CZ": "Q213", "DE": "Q183", "DJ": "Q977", "DK": "Q35", "DM": "Q784", "DO": "Q786", "DZ": "Q262",
    "EC": "Q736", "EE": "Q191", "EG": "Q79", "ER": "Q986", "ES": "Q29", "ET": "Q115", "FI": "Q33",
    "FJ": "Q712", "FM": "Q702", "FR": "Q142", "GA": "Q1000", "GB": "Q145", "GD": "Q769", "GE": "Q230",
    "GH": "Q117", "GM": "Q1005", "GN": "Q1006", "GQ": "Q983", "GR": "Q41", "GT": "Q774", "GW": "Q1007",
    "GY": "Q734", "HN": "Q783", "HR": "Q224", "HT": "Q790", "HU": "Q28", "ID": "Q252", "IE": "Q27",
    "IL": "Q801", "IN": "Q668", "IQ": "Q796", "IR": "Q794", "IS": "Q189", "IT": "Q38", "JM": "Q766",
    "JO": "Q810", "JP": "Q17", "KE": "Q114", "KG": "Q813", "KH": "Q424", "KI": "Q710", "KM": "Q970",
    "KN": "Q763", "KP": "Q423", "KR": "Q884", "KW": "Q817", "KZ": "Q232", "LA": "Q819", "LB": "Q822",
    "LC": "Q760", "LI": "Q347", "LK": "Q854", "LR": "Q1014", "LS": "Q1013", "LT": "Q37", "LU": "Q32",
    "LV": "Q211", "LY": "Q1016", "MA": "Q1028", "MC": "Q235", "MD": "Q217", "ME": "Q236", "MG": "Q1019",
    "MH": "Q709", "MK": "Q221", "ML": "Q912", "MM": "Q836", "MN": "Q711", "MR": "Q1025", "MT": "Q233",
    "MU": "Q1027", "MV": "Q826", "MW": "Q1020", "MX": "Q96", "MY": "Q833", "MZ": "Q1029", "NA": "Q1030",
    "NE": "Q1032", "NG": "Q1033", "NI": "Q811", "NL": "Q55", "NO": "Q20", "NP": "Q837", "NR": "Q697",
    "NZ": "Q664", "OM": "Q842", "PA": "Q804", "PE": "Q419", "PG": "Q691", "PH": "Q928", "PK": "Q843",
    "PL": "Q36", "PS": "Q219060", "PT": "Q45", "PW": "Q695", "PY": "Q733", "QA": "Q846", "RO": "Q218",
    "RS": "Q403", "RU": "Q159", "RW": "Q1037", "SA": "Q851", "SB": "Q685", "SC": "Q1042", "SD": "Q1049",
    "SE": "Q34", "SG": "Q334", "SI": "Q215", "SK": "Q214", "SL": "Q1044", "SM": "Q238", "SN": "Q1041",
    "SO": "Q1045", "SR": "Q730", "SS": "Q958", "ST": "Q1039", "SV": "Q792", "SY": "Q858", "SZ": "Q1050",
    "TD": "Q657", "TG": "Q945", "TH": "Q869", "TJ": "Q863", "TL": "Q574", "TM": "Q874", "TN": "Q948",
    "TO": "Q678", "TR": "Q43", "TT": "Q754", "TV": "Q672", "TW": "Q865", "TZ": "Q924", "UA": "Q212",
    "UG": "Q1036", "US": "Q30", "UY": "Q77", "UZ": "Q265", "VA": "Q237", "VC": "Q757", "VE": "Q717",
    "VN": "Q881", "VU": "Q686", "WS": "Q683", "YE": "Q805", "ZA": "Q258", "ZM": "Q953", "ZW": "Q954",
    "XK": "Q1246", "HK": "Q8646", "GL": "Q223",
}

EXTRA_ROWS = {"XK": {"name": "Kosovo", "capital": "Pristina"}}

KEYWORDS = re.compile(r"\b(Republic|Kingdom|State|States|Federation|Commonwealth|Islands|Union|Principality|"
                      r"Duchy|Confederation|Sultanate|Emirates|Territory|Bailiwick|Nation)\b")


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def clean(s: str) -> str:
    return " ".join(s.replace("\t", " ").split()).strip(" ,")


def main() -> int:
    rows = []
    seen_demonyms: dict[str, str] = {}
    codes = [(c.alpha_2, c) for c in pycountry.countries] + [(k, None) for k in EXTRA_ROWS]
    for code, pc in codes:
        info = {}
        if pc is not None:
            try:
                info = CountryInfo(code).info()
            except Exception:  # pragma: no cover - countryinfo covers all 249 today
                info = {}
        name = NAME.get(code) or (EXTRA_ROWS.get(code, {}).get("name")) or getattr(pc, "common_name", None) \
            or info.get("name") or pc.name
        aliases: list[str] = []

        def add(a: str | None) -> None:
            if not a:
                return
            a = clean(a)
            if not a or a == name or a in aliases:
                return
            if a in BAD_ALIAS and (code, a) not in ALLOW_ALIAS:
                return
            aliases.append(a)

        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                add(getattr(pc, attr, None))
            add(info.get("name"))
            for alt in info.get("altSpellings") or []:
                alt = clean(alt)
                if len(alt) <= 3 or not is_latin(alt):
                    continue  # ISO codes and native-script names
                if KEYWORDS.search(alt):
                    add(alt)
        for a in ALIASES.get(code, []):
            add(a)
        # demonyms: hand list first, else countryinfo's
        dem = list(DEMONYMS.get(code, []))
        if code not in DEMONYMS and code not in DROP_CI_DEMONYM and info.get("demonym"):
            for d in str(info["demonym"]).split(","):
                d = clean(d)
                if d and d != name and is_latin(d):
                    dem.append(d)
        dem_out = []
        for d in dem:
            if d in seen_demonyms:
                print(f"warning: demonym {d!r} of {code} already used by {seen_demonyms[d]}; dropped",
                      file=sys.stderr)
                continue
            seen_demonyms[d] = code
            dem_out.append(d)
        if code in CAPITAL:
            capital = CAPITAL[code]
        elif code in EXTRA_ROWS:
            capital = EXTRA_ROWS[code].get("capital", "")
        else:
            capital = clean(str(info.get("capital") or ""))
            if capital == "None":
                capital = ""
        rows.append((code, name, QID.get(code, ""), "|".join(aliases), "|".join(dem_out), capital))

    rows.sort()
    # sanity: aliases must not collide across countries
    owner: dict[str, str] = {}
    for code, name, *_rest in rows:
        owner.setdefault(name.lower(), code)
    for code, name, _q, aliases, *_ in rows:
        for a in filter(None, aliases.split("|")):
            o = owner.setdefault(a.lower(), code)
            if o != code:
                print(f"warning: alias {a!r} of {code} also names {o}", file=sys.stderr)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("id\tname\tqid\taliases\tdemonyms\tcapital\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
