"""Word lists of the sixteenth blind corpus: cities with the spellings real pages use, invented names, digit
words per language and the parts of the sentences the persons, controllers and buyers write. Kept apart from the
generator so that the generator reads as page conventions, not as lexicons."""

from __future__ import annotations

# canonical city -> (country, spellings used in ads); every spelling reads back as the canonical name
CITIES: dict[str, tuple[str, list[str]]] = {
    "Oslo": ("NO", ["Oslo", "Oslo S", "Grünerløkka"]),
    "Bergen": ("NO", ["Bergen", "Bgo"]),
    "Trondheim": ("NO", ["Trondheim", "Trondhjem", "Trd"]),
    "Stavanger": ("NO", ["Stavanger", "Stvg"]),
    "Tromsø": ("NO", ["Tromsø", "Tromso"]),
    "Kristiansand": ("NO", ["Kristiansand"]),
    "Drammen": ("NO", ["Drammen"]),
    "Bodø": ("NO", ["Bodø", "Bodo"]),
    "Ålesund": ("NO", ["Ålesund", "Alesund"]),
    "Stockholm": ("SE", ["Stockholm", "Sthlm", "Södermalm"]),
    "Göteborg": ("SE", ["Göteborg", "Goteborg", "Gothenburg", "Gbg", "Majorna"]),
    "Malmö": ("SE", ["Malmö", "Malmo", "Malmø"]),
    "Uppsala": ("SE", ["Uppsala"]),
    "Västerås": ("SE", ["Västerås", "Vasteras"]),
    "Örebro": ("SE", ["Örebro", "Orebro"]),
    "Linköping": ("SE", ["Linköping", "Linkoping"]),
    "Helsingborg": ("SE", ["Helsingborg"]),
    "Umeå": ("SE", ["Umeå", "Umea"]),
    "Norrköping": ("SE", ["Norrköping"]),
    "København": ("DK", ["København", "Copenhagen", "Kbh", "CPH", "Vesterbro", "Frederiksberg"]),
    "Aarhus": ("DK", ["Aarhus", "Århus", "Aarhus C"]),
    "Odense": ("DK", ["Odense"]),
    "Aalborg": ("DK", ["Aalborg"]),
    "Esbjerg": ("DK", ["Esbjerg"]),
    "Vejle": ("DK", ["Vejle"]),
    "Kolding": ("DK", ["Kolding"]),
}

# weight of each city (bigger cities carry more ads)
CITY_WEIGHT: dict[str, int] = {
    "Oslo": 10,
    "Bergen": 5,
    "Trondheim": 4,
    "Stavanger": 4,
    "Tromsø": 2,
    "Kristiansand": 2,
    "Drammen": 2,
    "Bodø": 1,
    "Ålesund": 1,
    "Stockholm": 11,
    "Göteborg": 6,
    "Malmö": 5,
    "Uppsala": 2,
    "Västerås": 2,
    "Örebro": 2,
    "Linköping": 2,
    "Helsingborg": 2,
    "Umeå": 1,
    "Norrköping": 1,
    "København": 10,
    "Aarhus": 4,
    "Odense": 3,
    "Aalborg": 2,
    "Esbjerg": 1,
    "Vejle": 1,
    "Kolding": 1,
}

FIRST_NAMES = (
    "Alva Amira Anja Ariana Bella Bianca Carla Celina Chloe Dalia Daria Delia Elin Elsa Emilia Eva Fanny Freja "
    "Gina Hedda Ida Ilona Ines Iris Jade Jasmin Julia Kaja Kamila Kira Lana Lara Laura Lea Leni Lilja Lina Liv "
    "Luna Maja Malin Mara Maya Mila Mira Molly Nadia Nela Nika Nina Noa Nora Olga Oliwia Paula Petra Rada Rebeka "
    "Rosa Sabina Sana Sara Selma Siri Sofia Stella Suki Tara Tea Tilda Tina Vera Vika Wera Yara Yasmin Zara Zoja "
    "Aiko Anong Dao Malai Nok Pim Ploy Lamai Kanya Mei Ling Xiu Adaeze Ngozi Ama Esi Kemi Bisi Larisa Oana Ioana "
    "Roxana Simona Dorina Alina Ewa Kasia Magda Ola Zuzia Inga Dana Lucia Marta Nuria Alba Elena Tamara Vesna"
).split()
NICK_SUFFIX = ["", "", "", "x", "xx", " Rose", " Kiss", " Sweet", " Angel", " Baby", " VIP", " Star"]

NATIONALITIES = [
    "romanian",
    "polish",
    "thai",
    "nigerian",
    "bulgarian",
    "hungarian",
    "latvian",
    "lithuanian",
    "ukrainian",
    "brazilian",
    "colombian",
    "venezuelan",
    "spanish",
    "czech",
    "slovak",
    "chinese",
    "vietnamese",
    "filipino",
    "ghanaian",
    "kenyan",
    "russian",
    "moldovan",
    "albanian",
    "serbian",
    "norwegian",
    "swedish",
    "danish",
    "dominican",
]
# the country code of a foreign number a woman of that nationality keeps, when there is one
NATIONAL_CC = {
    "romanian": "40",
    "polish": "48",
    "thai": "66",
    "spanish": "34",
    "hungarian": "36",
    "bulgarian": "359",
    "lithuanian": "370",
    "latvian": "371",
}


AT_WORDS = {"no": ["alfakrøll", "krøllalfa"], "sv": ["snabel-a", "snabela"], "da": ["snabel-a", "at"], "en": ["at"]}
DOT_WORDS = {"no": ["punktum", "prikk"], "sv": ["punkt"], "da": ["punktum", "prik"], "en": ["dot"]}

MAIL_DOMAINS = ["postkasse.no", "fjordmail.no", "sydpost.se", "brevlada.se", "frimail.dk", "postbud.dk", "nordmail.com"]
MAIL_DOMAINS += ["lumo-mail.net", "vindpost.eu", "privatbrev.com"]

# sentence parts: a person's own sentences are drawn from these and kept unique to her across the corpus
SELF = {
    "no": (
        ["Jeg er en", "Du finner meg som en", "Her er jeg, en", "Kos deg med en", "Møt en", "Velkommen til en"],
        ["rolig", "leken", "sjenert", "varm", "søt", "sporty", "eksotisk", "naturlig", "blid", "myk", "elegant"],
        ["jente", "dame", "venninne", "student", "latina", "blondine", "brunette", "asiatisk skjønnhet"],
        [
            "som elsker lange kvelder",
            "med et smittende smil",
            "som tar seg god tid",
            "som liker rolige møter",
            "med myke hender",
            "som snakker litt norsk",
            "som alltid er diskret",
            "som gir god massasje",
            "med lange bein",
            "som liker å le",
            "som er ny i byen",
            "med mørke øyne",
        ],
    ),
    "sv": (
        ["Jag är en", "Här hittar du en", "Träffa en", "Välkommen till en", "Njut av en", "Hej, jag är en"],
        ["lugn", "lekfull", "blyg", "varm", "söt", "sportig", "exotisk", "naturlig", "glad", "mjuk", "elegant"],
        ["tjej", "kvinna", "väninna", "student", "latina", "blondin", "brunett", "asiatisk skönhet"],
        [
            "som älskar långa kvällar",
            "med ett smittande leende",
            "som tar god tid på sig",
            "som gillar lugna möten",
            "med mjuka händer",
            "som pratar lite svenska",
            "som alltid är diskret",
            "som ger skön massage",
            "med långa ben",
            "som gillar att skratta",
            "som är ny i stan",
            "med mörka ögon",
        ],
    ),
    "da": (
        ["Jeg er en", "Her finder du en", "Mød en", "Velkommen til en", "Nyd en", "Hej, jeg er en"],
        ["rolig", "legesyg", "genert", "varm", "sød", "sporty", "eksotisk", "naturlig", "glad", "blød", "elegant"],
        ["pige", "kvinde", "veninde", "studerende", "latina", "blondine", "brunette", "asiatisk skønhed"],
        [
            "der elsker lange aftener",
            "med et smittende smil",
            "der tager sig god tid",
            "der kan lide rolige møder",
            "med bløde hænder",
            "der taler lidt dansk",
            "der altid er diskret",
            "der giver dejlig massage",
            "med lange ben",
            "der kan lide at grine",
            "der er ny i byen",
            "med mørke øjne",
        ],
    ),
    "en": (
        ["I am a", "Meet a", "Say hello to a", "Enjoy time with a", "Welcome to a", "Here you find a"],
        ["calm", "playful", "shy", "warm", "sweet", "sporty", "exotic", "natural", "cheerful", "soft", "elegant"],
        ["girl", "lady", "companion", "student", "latina", "blonde", "brunette", "asian beauty"],
        [
            "who loves long evenings",
            "with a contagious smile",
            "who takes her time",
            "who likes quiet dates",
            "with soft hands",
            "who speaks a little english",
            "who is always discreet",
            "who gives a lovely massage",
            "with long legs",
            "who likes to laugh",
            "who is new in town",
            "with dark eyes",
        ],
    ),
}
# closing sentences: [opening] [time] [manner]
CLOSE = {
    "no": (
        ["Send meg en melding", "Ta kontakt", "Skriv til meg", "Bestill tid", "Ring meg"],
        ["i kveld", "i morgen", "i helgen", "når som helst", "etter jobb", "på dagtid", "sent på kvelden"],
        ["så avtaler vi", "og jeg svarer raskt", "for en hyggelig stund", "uten stress", "helt diskret"],
    ),
    "sv": (
        ["Skicka ett meddelande", "Hör av dig", "Skriv till mig", "Boka tid", "Ring mig"],
        ["i kväll", "i morgon", "i helgen", "när som helst", "efter jobbet", "på dagtid", "sent på kvällen"],
        ["så bestämmer vi", "så svarar jag snabbt", "för en mysig stund", "utan stress", "helt diskret"],
    ),
    "da": (
        ["Send mig en besked", "Tag kontakt", "Skriv til mig", "Book tid", "Ring til mig"],
        ["i aften", "i morgen", "i weekenden", "når som helst", "efter arbejde", "om dagen", "sent om aftenen"],
        ["så aftaler vi", "så svarer jeg hurtigt", "for en hyggelig stund", "uden stress", "helt diskret"],
    ),
    "en": (
        ["Send me a message", "Get in touch", "Write to me", "Book a time", "Call me"],
        ["tonight", "tomorrow", "this weekend", "any time", "after work", "during the day", "late at night"],
        ["and we will arrange it", "and I answer fast", "for a nice time", "without stress", "fully discreet"],
    ),
}
# a controller's voice: the same wording on every ad of its network, unique to it
AGENCY = {
    "no": (
        ["Våre jenter", "Alle damene våre", "Vårt team", "Hos oss får du", "Vi tilbyr"],
        ["er nøye utvalgt", "er hyggelige og blide", "kommer fra hele Europa", "er tilgjengelige døgnet rundt"],
        ["og bookingen er enkel", "med rask respons", "til faste priser", "med full diskresjon", "hver dag"],
    ),
    "sv": (
        ["Våra tjejer", "Alla våra damer", "Vårt team", "Hos oss får du", "Vi erbjuder"],
        ["är noga utvalda", "är trevliga och glada", "kommer från hela Europa", "finns tillgängliga dygnet runt"],
        ["och bokningen är enkel", "med snabbt svar", "till fasta priser", "med full diskretion", "varje dag"],
    ),
    "da": (
        ["Vores piger", "Alle vores damer", "Vores team", "Hos os får du", "Vi tilbyder"],
        ["er nøje udvalgt", "er søde og glade", "kommer fra hele Europa", "er tilgængelige døgnet rundt"],
        ["og bookingen er nem", "med hurtigt svar", "til faste priser", "med fuld diskretion", "hver dag"],
    ),
    "en": (
        ["Our girls", "All our ladies", "Our team", "With us you get", "We offer"],
        [
            "are carefully chosen",
            "are friendly and happy",
            "come from all over Europe",
            "are available round the clock",
        ],
        ["and booking is easy", "with a fast reply", "at fixed prices", "with full discretion", "every day"],
    ),
}
RECRUIT = {
    "no": ["Vi søker nye jenter", "Jobb med høy inntekt", "Reise og bolig ordnes", "Ingen erfaring trengs"],
    "sv": ["Vi söker nya tjejer", "Jobb med hög inkomst", "Resa och boende ordnas", "Ingen erfarenhet behövs"],
    "da": ["Vi søger nye piger", "Job med høj indtjening", "Rejse og bolig ordnes", "Ingen erfaring nødvendig"],
    "en": ["We are looking for new girls", "Work with high income", "Travel and housing arranged", "No experience"],
}
# a buyer's review on the review board: [opening] [judgement] [detail]
REVIEW = {
    "no": (
        ["Traff henne", "Var innom", "Besøkte", "Booket", "Møtte"],
        ["forrige uke", "på en tirsdag", "sent en fredag", "etter jobb", "i lunsjen", "i helgen"],
        [
            "og hun var akkurat som på bildene",
            "men bildene var nok litt gamle",
            "og leiligheten var ren",
            "men hun virket sliten",
            "og hun snakket nesten ikke",
            "og det var verdt pengene",
            "men det var en annen jente enn på bildet",
            "og en mann åpnet døren",
        ],
    ),
    "sv": (
        ["Träffade henne", "Var förbi", "Besökte", "Bokade", "Mötte"],
        ["förra veckan", "en tisdag", "sent en fredag", "efter jobbet", "på lunchen", "i helgen"],
        [
            "och hon var precis som på bilderna",
            "men bilderna var nog lite gamla",
            "och lägenheten var ren",
            "men hon verkade trött",
            "och hon pratade nästan inte",
            "och det var värt pengarna",
            "men det var en annan tjej än på bilden",
            "och en man öppnade dörren",
        ],
    ),
    "da": (
        ["Mødte hende", "Var forbi", "Besøgte", "Bookede", "Så"],
        ["sidste uge", "en tirsdag", "sent en fredag", "efter arbejde", "i frokosten", "i weekenden"],
        [
            "og hun var præcis som på billederne",
            "men billederne var nok lidt gamle",
            "og lejligheden var ren",
            "men hun virkede træt",
            "og hun talte næsten ikke",
            "og det var pengene værd",
            "men det var en anden pige end på billedet",
            "og en mand åbnede døren",
        ],
    ),
    "en": (
        ["Met her", "Dropped by", "Visited", "Booked", "Saw"],
        ["last week", "on a tuesday", "late on a friday", "after work", "over lunch", "at the weekend"],
        [
            "and she was exactly like the photos",
            "but the photos were a bit old",
            "and the flat was clean",
            "but she seemed tired",
            "and she hardly spoke",
            "and it was worth the money",
            "but it was another girl than in the photo",
            "and a man opened the door",
        ],
    ),
}
MINOR_CUES = {
    "no": ["Nettopp fylt 18!", "Ny og helt fersk, går fortsatt på skolen", "Ung og uerfaren, første gang her"],
    "sv": ["Fyllde 18 nyss!", "Ny och helt färsk, går fortfarande i skolan", "Ung och oerfaren, första gången här"],
    "da": ["Lige fyldt 18!", "Ny og helt frisk, går stadig i skole", "Ung og uerfaren, første gang her"],
    "en": ["Just turned 18!", "Brand new, still in school", "Young and inexperienced, first time here"],
}
BUYER_HANDLES = "viking nordkapp fjellmann bergenser oslogutt svensken danskjavel gamlekaren lunch tiger turbo"
BUYER_HANDLES += " kaptein elgen fiskern jarlen sven olle bjorn kalle frode"
