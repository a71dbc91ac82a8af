// Why: the questions the app ships with. Written by the DEDA Tafel team in its own words to the
// public structure of DEDA (Utrecht Data School); the official DEDA question texts are licensed
// separately and are deliberately not included. Dutch is the source language, English follows it.
import type { ContentPack } from '../pack-types';

export const defaultPack: ContentPack = {
  format: 'deda-tafel/content-pack',
  id: 'nl.dedatafel.default',
  version: '1.0.0',
  languages: ['nl', 'en'],
  title: {
    nl: "DEDA Tafel standaardvragen",
    en: "DEDA Tafel default questions",
  },
  attribution: {
    nl: "Geschreven door het DEDA Tafel-team, in eigen woorden, volgens de openbare opbouw van DEDA (De Ethische Data Assistent) van Utrecht Data School. Dit zijn niet de officiële vragen van DEDA.",
    en: "Written by the DEDA Tafel team in its own words, following the public structure of DEDA (Data Ethics Decision Aid) by Utrecht Data School. These are not the official DEDA question texts.",
  },

  opening: {
    goal: {
      intro: {
        nl: "Begin met het doel. Schrijf samen in een paar zinnen op wat het project is, waarom het nu nodig is, wat het moet opleveren en wat het juist niet oplevert.",
        en: "Start with the goal. Together, write down in a few sentences what the project is, why it is needed now, what it should deliver and what it will not deliver.",
      },
      hint: {
        nl: "Laat iedereen het doel eerst voor zichzelf opschrijven en vergelijk dan. Hier komen verschillen in verwachtingen boven; vraag ook of de uitkomst straks leidend of adviserend is.",
        en: "Have everyone write the goal down on their own first, then compare. This is where differing expectations come up; also ask whether the outcome will be decisive or advisory.",
      },
    },
    participants: {
      intro: {
        nl: "Noteer wie er aan tafel zit en met welke rol. Het gesprek werkt het best als alle kennis aanwezig is: privacy, data, beleid, uitvoering, communicatie en waar het kan de politiek.",
        en: "Record who is at the table and in which role. The conversation works best when all the knowledge is present: privacy, data, policy, practice, communication and, where possible, politics.",
      },
      hint: {
        nl: "Kijk welke rollen ontbreken, zoals de privacy officer of FG, de eigenaar van het project of de externe partij die het bouwt. Ontbreekt er iemand, benoem dat dan hardop en leg het vast.",
        en: "Check which roles are missing, such as the privacy officer or DPO, the project owner or the external party that builds it. If someone is missing, say so out loud and record it.",
      },
    },
    values: {
      intro: {
        nl: "Welke waarden vinden jullie als organisatie belangrijk, en welke waarden raakt dit project? Kies de belangrijkste en zet ze in volgorde.",
        en: "Which values matter to your organisation, and which values does this project touch? Choose the most important ones and put them in order.",
      },
      hint: {
        nl: "Het coalitieakkoord of de datastrategie noemt vaak al waarden; gebruik die als startpunt. Let op waarden die met elkaar botsen, zoals efficiëntie en privacy, en schrijf die spanning op.",
        en: "The coalition agreement or data strategy often names values already; use those as a starting point. Watch for values that clash, such as efficiency and privacy, and write that tension down.",
      },
      suggestions: [
        { nl: "Privacy", en: "Privacy" },
        { nl: "Autonomie", en: "Autonomy" },
        { nl: "Gelijke behandeling", en: "Equal treatment" },
        { nl: "Rechtvaardigheid", en: "Fairness" },
        { nl: "Transparantie", en: "Transparency" },
        { nl: "Informatiebeveiliging", en: "Information security" },
        { nl: "Veiligheid", en: "Safety" },
        { nl: "Efficiëntie", en: "Efficiency" },
        { nl: "Solidariteit", en: "Solidarity" },
        { nl: "Verantwoording", en: "Accountability" },
        { nl: "Menselijke waardigheid", en: "Human dignity" },
        { nl: "Vertrouwen", en: "Trust" },
        { nl: "Inclusiviteit", en: "Inclusiveness" },
        { nl: "Duurzaamheid", en: "Sustainability" },
        { nl: "Rechtszekerheid", en: "Legal certainty" },
        { nl: "Participatie", en: "Participation" },
      ],
    },
  },

  groups: [
    {
      id: 'collection',
      title: { nl: "Dataverzameling", en: "Data collection" },
      topics: [
        {
          id: 'algorithms',
          title: { nl: "Algoritmes", en: "Algorithms" },
          intro: {
            nl: "Hier gaat het over wat het model of de rekenregel precies doet en hoe zwaar de uitkomst weegt bij een besluit. Ook een eenvoudige beslisregel in een spreadsheet telt mee.",
            en: "This is about what the model or calculation rule actually does and how much weight its outcome carries in a decision. A simple decision rule in a spreadsheet counts too.",
          },
          questions: [
            {
              id: 'algorithms.output',
              text: {
                nl: "Welke uitkomst levert het algoritme op, en wat gebeurt er daarna met die uitkomst in het werkproces?",
                en: "What output does the algorithm produce, and what happens to that output next in the work process?",
              },
              hint: {
                nl: "Vraag om een concreet voorbeeld: een score, een lijst, een signaal? Luister of iedereen hetzelfde beeld heeft van de stap na het algoritme.",
                en: "Ask for a concrete example: a score, a list, an alert? Listen for whether everyone has the same picture of the step that follows the algorithm.",
              },
            },
            {
              id: 'algorithms.explain',
              text: {
                nl: "Hoe zou de data-analist aan een collega zonder technische kennis uitleggen waarom het model bij één persoon of adres tot een bepaalde uitkomst komt?",
                en: "How would the data analyst explain to a non-technical colleague why the model reaches a particular outcome for one person or address?",
              },
              hint: {
                nl: "Kan niemand aan tafel het uitleggen, dan kan de gemeente het later ook niet aan een inwoner of de raad uitleggen. Vraag ook of de leverancier inzicht geeft in de werking.",
                en: "If nobody at the table can explain it, the municipality will not be able to explain it to a resident or the council later either. Also ask whether the supplier gives insight into how it works.",
              },
            },
            {
              id: 'algorithms.human-role',
              text: {
                nl: "Hoeveel ruimte heeft een medewerker om van de uitkomst af te wijken, en hoe vaak verwachten jullie dat dat gebeurt?",
                en: "How much room does a staff member have to depart from the outcome, and how often do you expect that to happen?",
              },
              hint: {
                nl: "Hier blijkt of de uitkomst leidend of adviserend is. Een medewerker die nooit afwijkt omdat er geen tijd of mandaat voor is, is in de praktijk geen echte controle.",
                en: "This shows whether the outcome is decisive or advisory. A staff member who never departs from it because there is no time or mandate to do so is not a real check in practice.",
              },
            },
            {
              id: 'algorithms.errors',
              text: {
                nl: "Welke fouten kan het model maken, en wat betekent een onterechte uitkomst voor de inwoner die het treft?",
                en: "What mistakes can the model make, and what does a wrong outcome mean for the resident it affects?",
              },
              hint: {
                nl: "Vraag naar beide kanten: iemand ten onrechte aanwijzen en iemand ten onrechte missen. Vraag ook hoe het model is getest en met welke gegevens.",
                en: "Ask about both sides: wrongly singling someone out and wrongly missing someone. Also ask how the model was tested, and on which data.",
              },
            },
          ],
        },
        {
          id: 'source',
          title: { nl: "Bron", en: "Source" },
          intro: {
            nl: "Hier gaat het over de gegevens die het project gebruikt: waar ze vandaan komen, waarvoor ze oorspronkelijk zijn verzameld en hoe betrouwbaar ze zijn.",
            en: "This is about the data the project uses: where it comes from, what it was originally collected for and how reliable it is.",
          },
          questions: [
            {
              id: 'source.origin',
              text: {
                nl: "Uit welke systemen, registraties of externe partijen komen de gegevens, en wie beheert ze daar?",
                en: "Which systems, registers or external parties does the data come from, and who manages it there?",
              },
              hint: {
                nl: "Laat de bronnen één voor één noemen en schrijf ze op. Een bron waarvan niemand de beheerder kent, is een punt om uit te zoeken.",
                en: "Have the sources named one by one and write them down. A source whose manager nobody knows is something to look into.",
              },
            },
            {
              id: 'source.original-purpose',
              text: {
                nl: "Waarvoor zijn deze gegevens oorspronkelijk verzameld, en op welke wettelijke grondslag mogen jullie ze nu voor dit doel gebruiken?",
                en: "What was this data originally collected for, and on what legal basis may you now use it for this purpose?",
              },
              hint: {
                nl: "Dit gaat over doelbinding. Gegevens die inwoners gaven voor bijvoorbeeld een uitkering zijn niet zomaar bruikbaar voor handhaving; laat de privacy officer of FG hier meedenken.",
                en: "This is about purpose limitation. Data that residents gave for, say, a benefit cannot simply be used for enforcement; let the privacy officer or DPO weigh in here.",
              },
            },
            {
              id: 'source.quality',
              text: {
                nl: "Hoe volledig, actueel en juist zijn de gegevens, en welke groepen of situaties ontbreken erin?",
                en: "How complete, up to date and accurate is the data, and which groups or situations are missing from it?",
              },
              hint: {
                nl: "Vraag wie de gegevens ooit heeft ingevoerd en met welk doel; invoergewoontes bepalen vaak de kwaliteit. Ontbrekende groepen komen terug bij het onderwerp bias.",
                en: "Ask who originally entered the data and why; data entry habits often determine quality. Missing groups come back under the bias topic.",
              },
            },
          ],
        },
      ],
    },
    {
      id: 'use',
      title: { nl: "Datagebruik", en: "Data use" },
      topics: [
        {
          id: 'anonymisation',
          title: { nl: "Anonimisering", en: "Anonymisation" },
          intro: {
            nl: "Hier gaat het over de vraag of gegevens nog naar een persoon te herleiden zijn, ook als namen en BSN's zijn weggehaald.",
            en: "This is about whether data can still be traced back to a person, even after names and citizen service numbers have been removed.",
          },
          questions: [
            {
              id: 'anonymisation.identifiable',
              text: {
                nl: "Welke gegevens in het project zeggen direct of indirect iets over een herkenbare persoon of een herkenbaar huishouden?",
                en: "Which data in the project says something, directly or indirectly, about an identifiable person or household?",
              },
              hint: {
                nl: "Denk ook aan adressen, postcodes met huisnummer, geboortedata en vrije tekstvelden. In een klein dorp of een kleine wijk is iemand sneller herkenbaar dan in een grote stad.",
                en: "Also think of addresses, postcodes with house numbers, dates of birth and free-text fields. In a small village or neighbourhood someone is easier to recognise than in a large city.",
              },
            },
            {
              id: 'anonymisation.combining',
              text: {
                nl: "Wie zou er herkenbaar worden als iemand deze gegevens combineert met andere bronnen, zoals openbare registers of sociale media?",
                en: "Who could become recognisable if someone combined this data with other sources, such as public registers or social media?",
              },
              hint: {
                nl: "Losse gegevens lijken vaak onschuldig, de combinatie is dat niet altijd. Vraag de data-analist om één concreet voorbeeld van hoe iemand toch te achterhalen is.",
                en: "Separate pieces of data often look harmless; the combination is not always. Ask the data analyst for one concrete example of how someone could still be traced.",
              },
            },
            {
              id: 'anonymisation.pseudonymisation',
              text: {
                nl: "Waar in het proces worden gegevens gepseudonimiseerd, en wie kan de koppeling met de echte persoon weer herstellen?",
                en: "Where in the process is data pseudonymised, and who can restore the link to the real person?",
              },
              hint: {
                nl: "Gepseudonimiseerde gegevens blijven persoonsgegevens onder de AVG. Luister of de sleutel apart wordt bewaard en of er afspraken zijn over wanneer herleiden mag.",
                en: "Pseudonymised data is still personal data under the GDPR. Listen for whether the key is kept separately and whether there are agreements on when re-identification is allowed.",
              },
            },
          ],
        },
        {
          id: 'visualisation',
          title: { nl: "Visualisatie", en: "Visualisation" },
          intro: {
            nl: "Hier gaat het over hoe de resultaten worden getoond, in een dashboard, kaart, grafiek of rapport, en wat mensen daaruit opmaken.",
            en: "This is about how the results are shown, in a dashboard, map, chart or report, and what people take away from them.",
          },
          questions: [
            {
              id: 'visualisation.audience',
              text: {
                nl: "Wie krijgt welke weergave van de resultaten te zien, en welke beslissingen nemen zij daarmee?",
                en: "Who gets to see which view of the results, and what decisions do they make with it?",
              },
              hint: {
                nl: "Een handhaver, een wethouder en een inwoner hebben verschillende informatie nodig. Vraag of er mensen details zien die ze voor hun werk niet nodig hebben.",
                en: "An enforcement officer, an alderman and a resident need different information. Ask whether anyone sees details they do not need for their work.",
              },
            },
            {
              id: 'visualisation.misleading',
              text: {
                nl: "Hoe voorkomen jullie dat een grafiek of dashboard zekerder of preciezer lijkt dan de cijfers eronder zijn?",
                en: "How do you prevent a chart or dashboard from looking more certain or precise than the figures behind it are?",
              },
              hint: {
                nl: "Let op kleurkeuzes, afgekapte assen, ontbrekende foutmarges en kleine aantallen. Vraag of een bestuurder de weergave kan lezen zonder dat de analist ernaast zit.",
                en: "Watch for colour choices, truncated axes, missing margins of error and small numbers. Ask whether an administrator can read the display without the analyst sitting beside them.",
              },
            },
            {
              id: 'visualisation.stigma',
              text: {
                nl: "Wat doet een kaart of ranglijst met het imago van een wijk, straat of groep als die buiten het projectteam wordt gedeeld?",
                en: "What does a map or ranking do to the reputation of a neighbourhood, street or group if it is shared beyond the project team?",
              },
              hint: {
                nl: "Een wijk die op een kaart als risicogebied staat, kan in de krant belanden en bewoners en ondernemers raken. Vraag welk detailniveau echt nodig is en wie over verspreiding beslist.",
                en: "A neighbourhood marked as a risk area on a map can end up in the newspaper and affect residents and local businesses. Ask what level of detail is really needed and who decides on sharing it.",
              },
            },
          ],
        },
      ],
    },
    {
      id: 'storage',
      title: { nl: "Dataopslag", en: "Data storage" },
      topics: [
        {
          id: 'access',
          title: { nl: "Toegang", en: "Access" },
          intro: {
            nl: "Hier gaat het over wie bij de gegevens en de uitkomsten kan, binnen en buiten de gemeente, en hoe dat wordt gecontroleerd.",
            en: "This is about who can get at the data and the outcomes, inside and outside the municipality, and how that is checked.",
          },
          questions: [
            {
              id: 'access.who',
              text: {
                nl: "Welke medewerkers en afdelingen kunnen bij welke gegevens, en hoe is bepaald wat zij voor hun taak nodig hebben?",
                en: "Which staff and departments can get at which data, and how was it decided what they need for their task?",
              },
              hint: {
                nl: "Vraag naar de praktijk, niet alleen naar het beleid: gedeelde mappen, exports naar Excel en accounts van oud-medewerkers zijn bekende lekken.",
                en: "Ask about practice, not just policy: shared folders, exports to Excel and accounts of former staff are well-known leaks.",
              },
            },
            {
              id: 'access.logging',
              text: {
                nl: "Hoe wordt vastgelegd wie wanneer gegevens heeft bekeken of aangepast, en wie controleert die logbestanden?",
                en: "How is it recorded who viewed or changed data and when, and who reviews those logs?",
              },
              hint: {
                nl: "Logging die niemand bekijkt, geeft schijnzekerheid. Vraag hoe vaak er wordt gecontroleerd en wat er gebeurt na een verdachte raadpleging.",
                en: "Logging that nobody looks at gives a false sense of security. Ask how often it is checked and what happens after a suspicious look-up.",
              },
            },
            {
              id: 'access.processors',
              text: {
                nl: "Welke externe partijen, zoals leveranciers of clouddiensten, kunnen bij de gegevens, en wat is daarover met hen schriftelijk afgesproken?",
                en: "Which external parties, such as suppliers or cloud services, can get at the data, and what has been agreed with them in writing?",
              },
              hint: {
                nl: "Vraag naar de verwerkersovereenkomst, de plek waar de gegevens staan en wat er met de gegevens gebeurt als het contract afloopt.",
                en: "Ask about the data processing agreement, where the data is stored and what happens to the data when the contract ends.",
              },
            },
          ],
        },
        {
          id: 'open-data',
          title: { nl: "Open data en hergebruik", en: "Open access and re-use" },
          intro: {
            nl: "Hier gaat het over wat er met de gegevens en resultaten gebeurt buiten dit project: openbaar maken, delen met anderen en later hergebruik.",
            en: "This is about what happens to the data and results beyond this project: publishing, sharing with others and later re-use.",
          },
          questions: [
            {
              id: 'open-data.publish',
              text: {
                nl: "Welke gegevens of resultaten uit dit project willen of moeten jullie openbaar maken, en in welke vorm?",
                en: "Which data or results from this project do you want or need to publish, and in what form?",
              },
              hint: {
                nl: "Openheid kan vertrouwen opleveren en is soms verplicht, bijvoorbeeld na een Woo-verzoek. Vraag ook wat zeker niet openbaar mag en waarom.",
                en: "Openness can build trust and is sometimes required, for example after a freedom of information request. Also ask what must certainly not be published, and why.",
              },
            },
            {
              id: 'open-data.reuse-by-others',
              text: {
                nl: "Wat kunnen anderen, zoals bedrijven, journalisten of andere overheden, met de gegevens doen als ze eenmaal gedeeld of gepubliceerd zijn?",
                en: "What could others, such as companies, journalists or other public bodies, do with the data once it has been shared or published?",
              },
              hint: {
                nl: "Denk aan toepassingen die jullie niet bedoeld hebben, zoals verzekeraars of makelaars die wijkcijfers gebruiken. Wat eenmaal openbaar is, haal je niet meer terug.",
                en: "Think of uses you never intended, such as insurers or estate agents using neighbourhood figures. Once something is public, you cannot take it back.",
              },
            },
            {
              id: 'open-data.function-creep',
              text: {
                nl: "Welke andere afdelingen of projecten zouden deze gegevens of dit model later willen gebruiken, en wie beslist of dat mag?",
                en: "Which other departments or projects might want to use this data or this model later, and who decides whether that is allowed?",
              },
              hint: {
                nl: "Dit gaat over function creep: gegevens of systemen die stap voor stap voor steeds meer doelen worden ingezet. Vraag of elk nieuw gebruik opnieuw wordt getoetst, en door wie.",
                en: "This is about function creep: data or systems that are used step by step for more and more purposes. Ask whether each new use is assessed afresh, and by whom.",
              },
            },
          ],
        },
      ],
    },
    {
      id: 'general',
      title: { nl: "Algemeen", en: "General" },
      topics: [
        {
          id: 'responsibility',
          title: { nl: "Verantwoordelijkheid", en: "Responsibility" },
          intro: {
            nl: "Hier gaat het over wie het project draagt en wie aanspreekbaar is als er iets misgaat.",
            en: "This is about who carries the project and who can be held to account if something goes wrong.",
          },
          questions: [
            {
              id: 'responsibility.owner',
              text: {
                nl: "Wie is eigenaar van dit project en hakt de knopen door, en wie is bestuurlijk eindverantwoordelijk?",
                en: "Who owns this project and makes the decisions, and who holds final political responsibility?",
              },
              hint: {
                nl: "Vraag om namen of functies, geen afdelingen. Zonder duidelijke trekker en eigenaar lopen dataprojecten vaak vast.",
                en: "Ask for names or positions, not departments. Without a clear lead and owner, data projects often stall.",
              },
            },
            {
              id: 'responsibility.errors',
              text: {
                nl: "Stel dat een inwoner door een fout in dit project wordt benadeeld: wie merkt dat op, wie herstelt het en wie legt er verantwoording over af?",
                en: "Suppose a resident is harmed by a mistake in this project: who notices, who puts it right and who answers for it?",
              },
              hint: {
                nl: "Vraag door op herstel voor de inwoner, niet alleen op het repareren van het systeem. Let op antwoorden die alleen naar de leverancier wijzen.",
                en: "Press on putting things right for the resident, not just on fixing the system. Watch for answers that only point to the supplier.",
              },
            },
            {
              id: 'responsibility.escalation',
              text: {
                nl: "Bij wie kan een medewerker terecht die twijfelt aan een uitkomst of aan de werkwijze, en wat gebeurt er dan met die melding?",
                en: "Who can a staff member turn to when they doubt an outcome or the way of working, and what happens to that concern?",
              },
              hint: {
                nl: "Ethiek hoort niet alleen bij een commissie of de privacy officer te liggen. Kijk of er een laagdrempelige route is en of mensen die ook durven te gebruiken.",
                en: "Ethics should not rest only with a committee or the privacy officer. Check whether there is an easy route and whether people feel safe using it.",
              },
            },
          ],
        },
        {
          id: 'communication',
          title: { nl: "Communicatie", en: "Communication" },
          intro: {
            nl: "Hier gaat het over wie wat over het project hoort, wanneer en van wie: inwoners, de raad, collega's en de pers.",
            en: "This is about who hears what about the project, when and from whom: residents, the council, colleagues and the press.",
          },
          questions: [
            {
              id: 'communication.residents',
              text: {
                nl: "Hoe en wanneer horen de inwoners die met dit project te maken krijgen dat hun gegevens hiervoor worden gebruikt?",
                en: "How and when will the residents affected by this project hear that their data is being used for it?",
              },
              hint: {
                nl: "Vraag of de boodschap te begrijpen is voor iemand zonder kennis van data, en of er ook een weg is voor mensen die minder digitaal vaardig zijn.",
                en: "Ask whether the message makes sense to someone with no knowledge of data, and whether there is also a route for people who are less confident online.",
              },
            },
            {
              id: 'communication.council',
              text: {
                nl: "Op welk moment en op welke manier betrekken jullie het college en de gemeenteraad bij dit project?",
                en: "At what point and in what way will you involve the municipal executive and the council in this project?",
              },
              hint: {
                nl: "Politiek draagvlak ontstaat als bestuurders vroeg meedenken, niet als ze aan het eind alleen worden geïnformeerd. Vraag ook wie de wethouder voorbereidt op lastige vragen.",
                en: "Political support grows when elected officials help shape a project early, not when they are only informed at the end. Also ask who prepares the alderman for difficult questions.",
              },
            },
            {
              id: 'communication.press',
              text: {
                nl: "Wat vertellen jullie als er morgen een journalist of een kritische inwoner belt over dit project?",
                en: "What will you say if a journalist or a critical resident calls about this project tomorrow?",
              },
              hint: {
                nl: "Laat de communicatieadviseur of de projecteigenaar het antwoord hardop geven. Is het lastig uit te leggen, dan is dat ook een signaal voor de andere onderwerpen.",
                en: "Have the communication adviser or the project owner give the answer out loud. If it is hard to explain, that is also a signal for the other topics.",
              },
            },
          ],
        },
        {
          id: 'transparency',
          title: { nl: "Transparantie", en: "Transparency" },
          intro: {
            nl: "Hier gaat het over hoe open de gemeente is over de werking van het project, en hoe een inwoner een besluit kan begrijpen en aanvechten.",
            en: "This is about how open the municipality is about how the project works, and how a resident can understand and challenge a decision.",
          },
          questions: [
            {
              id: 'transparency.register',
              text: {
                nl: "Welke informatie over dit algoritme of project zetten jullie in het algoritmeregister of op een andere openbare plek?",
                en: "What information about this algorithm or project will you put in the algorithm register or another public place?",
              },
              hint: {
                nl: "Vraag wat er concreet beschreven wordt: doel, gegevens, werking en menselijke controle. Heeft de gemeente geen register, vraag dan waar een inwoner deze informatie wel kan vinden.",
                en: "Ask what will actually be described: purpose, data, workings and human oversight. If the municipality has no register, ask where a resident could find this information instead.",
              },
            },
            {
              id: 'transparency.explain-decision',
              text: {
                nl: "Hoe leggen jullie een inwoner uit welke rol dit project speelde bij een besluit over hem of haar?",
                en: "How will you explain to a resident what role this project played in a decision about them?",
              },
              hint: {
                nl: "Een inwoner heeft recht op een begrijpelijke motivering. Vraag om een voorbeeldzin zoals die in een brief aan de inwoner zou staan.",
                en: "A resident is entitled to reasons they can understand. Ask for a sample sentence as it would appear in a letter to the resident.",
              },
            },
            {
              id: 'transparency.objection',
              text: {
                nl: "Hoe kan een inwoner bezwaar maken of een fout laten herstellen, en wie bekijkt dat bezwaar opnieuw zonder het algoritme blind te volgen?",
                en: "How can a resident object or have a mistake corrected, and who looks at that objection afresh without blindly following the algorithm?",
              },
              hint: {
                nl: "Bezwaar heeft alleen zin als de beoordelaar de uitkomst echt kan heroverwegen. Vraag ook of bezwaren worden gebruikt om het model te verbeteren.",
                en: "An objection only means something if the reviewer can truly reconsider the outcome. Also ask whether objections are used to improve the model.",
              },
            },
          ],
        },
        {
          id: 'privacy',
          title: { nl: "Privacy", en: "Privacy" },
          intro: {
            nl: "Hier gaat het over de vraag of de inbreuk op het privéleven van mensen in verhouding staat tot het doel, en hoe de AVG in het project is geregeld.",
            en: "This is about whether the intrusion into people's private lives is in proportion to the goal, and how the GDPR is dealt with in the project.",
          },
          questions: [
            {
              id: 'privacy.necessity',
              text: {
                nl: "Welke lichtere aanpak, met minder of minder gevoelige gegevens, zou het doel ook kunnen bereiken, en waarom kiezen jullie daar niet voor?",
                en: "What lighter approach, using less data or less sensitive data, could also achieve the goal, and why are you not choosing it?",
              },
              hint: {
                nl: "Dit is de toets van noodzaak en evenredigheid. Luister of de gekozen aanpak echt nodig is of vooral handig, en let extra op bijzondere gegevens zoals gezondheid of strafrechtelijke gegevens.",
                en: "This is the test of necessity and proportionality. Listen for whether the chosen approach is truly needed or merely convenient, and pay extra attention to sensitive data such as health or criminal records.",
              },
            },
            {
              id: 'privacy.dpia',
              text: {
                nl: "Hoe ver is de DPIA, en welke risico's uit dit gesprek moeten daarin terechtkomen?",
                en: "How far along is the DPIA, and which risks from this conversation should go into it?",
              },
              hint: {
                nl: "Bij gevoelige projecten is een DPIA vaak verplicht. Spreek af wie de uitkomsten van deze workshop doorgeeft aan de privacy officer of FG.",
                en: "For sensitive projects a DPIA is often mandatory. Agree who will pass the outcomes of this workshop on to the privacy officer or DPO.",
              },
            },
            {
              id: 'privacy.retention',
              text: {
                nl: "Hoe lang bewaren jullie de gegevens en uitkomsten, en hoe zorgen jullie ervoor dat ze daarna echt worden verwijderd?",
                en: "How long will you keep the data and outcomes, and how will you make sure they are actually deleted afterwards?",
              },
              hint: {
                nl: "Vraag ook naar kopieën, back-ups en exports bij de leverancier. Een bewaartermijn werkt niet als niemand het verwijderen daadwerkelijk uitvoert.",
                en: "Also ask about copies, back-ups and exports held by the supplier. A retention period does not work if nobody actually carries out the deletion.",
              },
            },
          ],
        },
        {
          id: 'bias',
          title: { nl: "Bias / vooringenomenheid", en: "Bias" },
          intro: {
            nl: "Hier gaat het over de vraag of het project sommige mensen of groepen anders of slechter behandelt dan anderen, ook als dat niet de bedoeling is.",
            en: "This is about whether the project treats some people or groups differently or worse than others, even when that is not the intention.",
          },
          questions: [
            {
              id: 'bias.groups',
              text: {
                nl: "Welke groepen inwoners lopen het risico vaker of harder geraakt te worden door de uitkomsten van dit project?",
                en: "Which groups of residents run the risk of being affected more often or more severely by the outcomes of this project?",
              },
              hint: {
                nl: "Denk aan afkomst, leeftijd, inkomen, beperking, woonwijk en taalvaardigheid. Vraag of er iemand aan tafel zit die deze groepen uit de praktijk kent.",
                en: "Think of origin, age, income, disability, neighbourhood and language skills. Ask whether anyone at the table knows these groups from practice.",
              },
            },
            {
              id: 'bias.proxies',
              text: {
                nl: "Welke gegevens in het model kunnen ongemerkt staan voor iets als afkomst, inkomen of gezondheid, zoals postcode, taal of gezinssamenstelling?",
                en: "Which data in the model could quietly stand in for something like origin, income or health, such as postcode, language or household make-up?",
              },
              hint: {
                nl: "Een kenmerk weglaten helpt niet als een ander kenmerk ongeveer hetzelfde meet. Vraag de data-analist hoe dit is onderzocht.",
                en: "Leaving a characteristic out does not help if another one measures much the same thing. Ask the data analyst how this has been checked.",
              },
            },
            {
              id: 'bias.monitoring',
              text: {
                nl: "Hoe houden jullie na de start bij of de uitkomsten voor bepaalde groepen scheef gaan lopen, en wie grijpt dan in?",
                en: "After launch, how will you track whether outcomes start to skew against particular groups, and who will step in?",
              },
              hint: {
                nl: "Scheefheid kan ook later ontstaan, bijvoorbeeld doordat de uitkomsten bepalen waar gecontroleerd wordt en dus welke nieuwe gegevens binnenkomen. Vraag naar een vast evaluatiemoment.",
                en: "Skew can also arise later, for example because the outcomes decide where checks happen and so which new data comes in. Ask for a fixed evaluation moment.",
              },
            },
          ],
        },
      ],
    },
  ],
};
