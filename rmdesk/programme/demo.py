"""Demo data: a made-up but believable organisation for an empty database.

Used to try the program, to train coordinators and to test it at scale (10,000
people) without touching anyone's personal data.  The same ``seed`` always gives
the same organisation, so a bug seen on demo data can be reproduced exactly.
Nothing here depends on the clock or the global random generator.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import random
import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, combinations
from typing import NamedTuple

from rmdesk.programme.wording import either
from rmdesk.store.models import LEVEL_MAX, LEVEL_MIN, Participant, ParticipantTopic, Topic

MAX_PARTICIPANTS = 100_000
DOMAIN = "example.org"  # reserved for documentation: demo mail never reaches anyone
BASE_DATE = dt.date(2026, 1, 5)
CREATED_AT = str(dt.datetime(2026, 1, 5, 9, 0))  # as Peewee stores a DateTimeField
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")


class _Department(NamedTuple):
    name: str
    weight: int
    titles: tuple[tuple[str, ...], ...]  # job titles for levels 1 (entry) .. 6 (executive)


class _Culture(NamedTuple):
    weight: int
    family_first: bool
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]  # "male|female" where the family name has two forms


def _culture(weight: int, family_first: bool, female: str, male: str, family: str) -> _Culture:
    """Names are written as comma-separated lists: some given names have spaces."""
    return _Culture(weight, family_first, *(tuple(s.split(", ")) for s in (female, male, family)))


# fmt: off
_DEPARTMENTS = (
    _Department("Engineering", 22, (
        ("Junior Software Developer", "Graduate Engineer", "Junior Data Analyst", "IT Technician"),
        ("Software Developer", "Data Analyst", "QA Engineer", "DevOps Engineer"),
        ("Senior Software Engineer", "Senior Data Analyst", "Data Engineer", "Security Analyst"),
        ("Engineering Manager", "Tech Lead", "Data Science Manager", "IT Manager"),
        ("Head of Engineering", "Director of Data", "Director of Platform", "Head of IT"),
        ("Chief Technology Officer", "Chief Information Officer", "VP Engineering"))),
    _Department("Operations", 16, (
        ("Operations Assistant", "Junior Buyer", "Facilities Assistant", "Logistics Administrator"),
        ("Operations Coordinator", "Buyer", "Logistics Coordinator", "Supply Chain Analyst"),
        ("Senior Operations Analyst", "Senior Buyer", "Process Improvement Specialist"),
        ("Operations Manager", "Procurement Manager", "Facilities Manager", "Supply Chain Manager"),
        ("Head of Operations", "Director of Supply Chain", "Head of Procurement"),
        ("Chief Operating Officer", "VP Operations"))),
    _Department("Sales", 15, (
        ("Sales Development Representative", "Junior Account Executive", "Sales Assistant"),
        ("Account Executive", "Sales Coordinator", "Business Development Executive"),
        ("Senior Account Executive", "Key Account Specialist", "Sales Analyst"),
        ("Sales Manager", "Key Account Manager", "Regional Sales Manager", "Partnerships Manager"),
        ("Head of Sales", "Sales Director", "Director of Partnerships"),
        ("Chief Revenue Officer", "Chief Commercial Officer", "VP Sales"))),
    _Department("Customer Support", 14, (
        ("Customer Support Agent", "Junior Support Specialist", "Contact Centre Advisor"),
        ("Customer Success Associate", "Support Specialist", "Technical Support Analyst"),
        ("Senior Support Specialist", "Customer Success Specialist", "Quality Analyst"),
        ("Customer Support Manager", "Customer Success Manager", "Contact Centre Manager"),
        ("Head of Customer Support", "Director of Customer Success", "Head of Customer Experience"),
        ("Chief Customer Officer", "VP Customer Experience"))),
    _Department("Finance", 9, (
        ("Junior Accountant", "Finance Assistant", "Accounts Payable Clerk"),
        ("Accountant", "Financial Analyst", "Payroll Specialist", "Credit Controller"),
        ("Senior Accountant", "Senior Financial Analyst", "FP&A Analyst", "Treasury Analyst"),
        ("Finance Manager", "Financial Controller", "FP&A Manager", "Tax Manager"),
        ("Head of Finance", "Director of Financial Planning", "Group Financial Controller"),
        ("Chief Financial Officer", "Deputy CFO", "VP Finance"))),
    _Department("Marketing", 9, (
        ("Marketing Assistant", "Junior Content Writer", "Social Media Assistant"),
        ("Marketing Coordinator", "Content Marketer", "Digital Marketing Executive"),
        ("Senior Marketing Executive", "SEO Specialist", "Marketing Analyst"),
        ("Marketing Manager", "Brand Manager", "Product Marketing Manager", "Events Manager"),
        ("Head of Marketing", "Director of Brand", "Director of Communications"),
        ("Chief Marketing Officer", "VP Marketing"))),
    _Department("People & Culture", 7, (
        ("HR Assistant", "People Administrator", "Junior Recruiter", "Learning Assistant"),
        ("HR Coordinator", "Recruiter", "Learning & Development Coordinator", "People Analyst"),
        ("Senior Recruiter", "Senior HR Advisor", "Talent Acquisition Specialist"),
        ("HR Business Partner", "Talent Acquisition Manager", "Learning & Development Manager"),
        ("Head of People", "Director of Talent", "Head of Learning & Development"),
        ("Chief People Officer", "VP People & Culture"))),
    _Department("Legal", 5, (
        ("Legal Assistant", "Compliance Assistant", "Trainee Solicitor"),
        ("Paralegal", "Compliance Analyst", "Contracts Administrator"),
        ("Senior Paralegal", "Legal Counsel", "Privacy Specialist"),
        ("Senior Legal Counsel", "Compliance Manager", "Data Protection Officer"),
        ("Head of Legal", "Deputy General Counsel", "Director of Compliance"),
        ("General Counsel", "Chief Legal Officer"))),
)

_CULTURES = (  # (weight, family name first?, female, male, family): never mixed across cultures
    _culture(14, False,
             "Emma, Olivia, Charlotte, Hannah, Grace, Sophie, Amelia, Zoë, Chloe, Isabel, Lucy, "
             "Rebecca, Eleanor, Megan",
             "James, Oliver, Thomas, Daniel, Benjamin, Samuel, Harry, Jack, William, George, "
             "Matthew, Alexander, Joseph",
             "Smith, Taylor, Brown, Williams, Clarke, Wright, Hughes, Evans, Walker, Robinson, "
             "Thompson, Harris, Bennett, Campbell, Foster, Mitchell"),
    _culture(5, False,
             "Aoife, Siobhán, Niamh, Caoimhe, Saoirse, Róisín, Orla, Clodagh, Sinéad, Éabha",
             "Seán, Ciarán, Oisín, Cian, Pádraig, Eoin, Darragh, Colm, Tadhg, Fionn",
             "Ó Briain|Ní Bhriain, Ó Súilleabháin|Ní Shúilleabháin, Mac Carthaigh|Nic Carthaigh, "
             "Ó Ceallaigh|Ní Cheallaigh, Murphy, Kelly, O'Brien, Walsh, Byrne, Doyle, Gallagher, "
             "Kavanagh, Brennan, Quinn"),
    _culture(6, False,
             "Zofia, Agnieszka, Małgorzata, Katarzyna, Zoë, Joanna, Ewa, Magdalena, Aleksandra, "
             "Marta, Dorota",
             "Łukasz, Paweł, Michał, Tomasz, Wojciech, Krzysztof, Piotr, Grzegorz, Jakub, "
             "Bartłomiej",
             "Łukasiewicz, Kowalski|Kowalska, Wiśniewski|Wiśniewska, Wójcik, Nowak, Mazur, "
             "Kamiński|Kamińska, Zieliński|Zielińska, Szymański|Szymańska, Woźniak, Krawczyk, "
             "Dąbrowski|Dąbrowska, Lewandowski|Lewandowska, Jankowski|Jankowska"),
    _culture(4, False,
             "Olga, Petra, Jana, Lucie, Tereza, Kateřina, Markéta, Veronika, Zuzana, Barbora",
             "Jiří, Tomáš, Petr, Lukáš, Ondřej, Martin, Jakub, Vojtěch, Radek, Miroslav",
             "Novák|Nováková, Svoboda|Svobodová, Dvořák|Dvořáková, Černý|Černá, Marek|Marková, "
             "Procházka|Procházková, Kučera|Kučerová, Veselý|Veselá, Horák|Horáková, "
             "Němec|Němcová, Pospíšil|Pospíšilová"),
    _culture(5, False,
             "Анна, Екатерина, Мария, Наталья, Ольга, Татьяна, Анастасия, Елена, Ирина, Юлия",
             "Дмитрий, Алексей, Сергей, Иван, Михаил, Андрей, Николай, Павел, Артём, Владимир",
             "Соколов|Соколова, Иванов|Иванова, Смирнов|Смирнова, Кузнецов|Кузнецова, "
             "Попов|Попова, Волков|Волкова, Морозов|Морозова, Лебедев|Лебедева, "
             "Новиков|Новикова, Фёдоров|Фёдорова, Орлов|Орлова, Егоров|Егорова"),
    _culture(4, False,
             "Σοφία, Μαρία, Ελένη, Κατερίνα, Δήμητρα, Αναστασία, Γεωργία, Χριστίνα, Ιωάννα",
             "Γιώργος, Νίκος, Κωνσταντίνος, Δημήτρης, Γιάννης, Αλέξανδρος, Παναγιώτης, "
             "Χρήστος, Σπύρος, Θανάσης",
             "Παπαδόπουλος|Παπαδοπούλου, Παπαδάκης|Παπαδάκη, Νικολάου, Γεωργίου, Οικονόμου, "
             "Καραγιάννης|Καραγιάννη, Βασιλείου, Αντωνίου, Μακρής|Μακρή, Δημητρίου, "
             "Παππάς|Παππά, Αθανασίου"),
    _culture(4, False,
             "Ida, Freja, Mette, Astrid, Sofie, Signe, Karen, Line, Maja, Louise",
             "Søren, Mads, Rasmus, Jens, Magnus, Anders, Mikkel, Frederik, Lars, Kasper",
             "Kierkegård, Jørgensen, Nielsen, Sørensen, Mortensen, Østergaard, Mikkelsen, "
             "Hansen, Pedersen, Christensen, Madsen, Bæk, Thygesen"),
    _culture(5, False,
             "Katharina, Lena, Sabine, Julia, Franziska, Anja, Claudia, Miriam, Johanna, Greta",
             "Jürgen, Matthias, Stefan, Lukas, Felix, Björn, Tobias, Florian, Andreas, Jörg",
             "Müller, Schröder, Weiß, Schäfer, Becker, Hoffmann, Groß, Krüger, Wagner, "
             "Schneider, Fischer, Köhler, Braun, Zimmermann"),
    _culture(4, False,
             "Chloé, Amélie, Hélène, Camille, Léa, Margaux, Élodie, Juliette, Céline, Manon",
             "François, Théo, Jérôme, Benoît, Mathis, Hugo, Étienne, Julien, Antoine, Loïc",
             "Lefèvre, Dubois, Moreau, Girard, Rousseau, Bérubé, Fournier, Lambert, Mercier, "
             "Faure, Leclerc, Gauthier, Chevalier"),
    _culture(6, False,
             "María, Lucía, Carmen, Begoña, Inés, Ana, Paula, Elena, Nuria, Pilar, Sofía",
             "José, Alejandro, Javier, Carlos, Andrés, Íñigo, Pablo, Sergio, Álvaro, Diego, Raúl",
             "Álvarez, Fernández, García, Rodríguez, Martínez, López, Núñez, Muñoz, Peña, "
             "Jiménez, Romero, Navarro, Domínguez, Ortega, Castillo, Vázquez"),
    _culture(4, False,
             "Beatriz, Inês, Mariana, Joana, Leonor, Catarina, Rita, Teresa, Ana",
             "João, Tiago, Gonçalo, Rui, Duarte, Afonso, Nuno, Pedro, Bernardo",
             "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Gonçalves, "
             "Magalhães, Araújo, Conceição"),
    _culture(6, False,
             "Ngozi, Chiamaka, Adaeze, Folake, Funmilayo, Ifeoma, Amaka, Yetunde, Nneka, Temitope",
             "Chidi, Emeka, Obinna, Tunde, Oluwaseun, Chukwuemeka, Babajide, Ikenna, Segun, Nnamdi",
             "Okafor, Okonkwo, Adeyemi, Eze, Nwosu, Balogun, Adebayo, Obi, Okeke, Afolabi, "
             "Nwachukwu, Ogunleye, Chukwu"),
    _culture(8, False,
             "Priya, Ananya, Lakshmi, Divya, Kavya, Meera, Aishwarya, Deepa, Sneha, Pooja, Shreya",
             "Arjun, Rahul, Vikram, Karthik, Sanjay, Aditya, Rohan, Vivek, Suresh, Nikhil, Harish",
             "Raghunathan, Iyer, Krishnan, Sharma, Reddy, Venkatesan, Nair, Gupta, Menon, Patel, "
             "Desai, Chatterjee, Kulkarni, Mehta, Rao, Bose"),
    _culture(4, False,
             "Ayşe, Zeynep, Elif, Gülşen, Özlem, Merve, Esra, Deniz, Büşra, Selin",
             "Mehmet, Emre, Burak, Oğuz, Can, Serkan, Mustafa, Kerem, Barış, Tolga",
             "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Kılıç, Yıldız, "
             "Koç, Aksoy"),
    _culture(5, False,
             "Fatima, Layla, Mariam, Nour, Huda, Yasmin, Rania, Salma, Dina, Amira",
             "Omar, Ahmed, Khalid, Youssef, Karim, Tariq, Hassan, Ali, Samir, Rami",
             "Al-Sayed, Haddad, Mansour, Khoury, Al-Farsi, Nasser, Hamdan, Saleh, Aziz, "
             "Darwish, Ibrahim, Al-Masri, Habib"),
    _culture(3, False,
             "Yuki, Aiko, Haruka, Sakura, Emi, Naomi, Yui, Misaki, Ayaka, Mei",
             "Kenji, Hiroshi, Takumi, Daisuke, Yuto, Haruki, Ren, Shōta, Kazuki, Ryō",
             "Watanabe, Tanaka, Suzuki, Takahashi, Satō, Yamamoto, Nakamura, Kobayashi, Itō, "
             "Katō, Yoshida, Yamada, Inoue"),
    _culture(5, True,
             "Wei, Xiaoling, Mei, Yan, Jing, Fang, Xinyi, Yuting, Lina, Hui",
             "Wei, Hao, Jun, Lei, Ming, Tao, Jian, Yong, Zhiwei, Haoran",
             "Li, Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo"),
    _culture(3, True,
             "Ji-yeon, Min-ji, Seo-yeon, Su-bin, Ha-eun, Eun-ji, Yu-na, Hye-jin",
             "Min-jun, Ji-hoon, Seo-jun, Dong-hyun, Hyun-woo, Jae-won, Sung-min, Tae-yang",
             "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim"),
    _culture(4, True,
             "Thị Minh Hằng, Thị Lan, Thu Trang, Ngọc Anh, Thị Hoa, Phương Linh, Thanh Hương, "
             "Thị Mai, Bảo Ngọc, Kim Chi",
             "Văn Hùng, Đức Anh, Minh Tuấn, Quang Huy, Hoàng Nam, Thanh Tùng, Văn Long, "
             "Minh Khoa, Quốc Bảo, Trọng Nghĩa",
             "Nguyễn, Trần, Lê, Phạm, Ngô, Đặng, Võ, Huỳnh, Hoàng, Phan, Vũ, Bùi, Đỗ"),
)
_PARTICIPANT_FIELDS = (  # the order of the values in a participant row
    "id", "full_name", "email", "role", "job_title", "department", "level", "manager",
    "location", "work_mode", "availability", "notes", "consent_on", "capacity", "archived",
    "created_at", "updated_at",
)
# fmt: on
_TOPIC_FIELDS = ("participant", "topic", "kind", "priority")
_CULTURE_WEIGHTS = tuple(accumulate(culture.weight for culture in _CULTURES))
_DEPARTMENT_WEIGHTS = tuple(accumulate(department.weight for department in _DEPARTMENTS))

_LEVEL_SHARES = {1: 0.24, 2: 0.21, 3: 0.13, 4: 0.30, 5: 0.12}  # of everyone but executives
_MANAGER_LEVELS = {1: (4, 3), 2: (4, 3), 3: (4, 5), 4: (5, 6), 5: (6,)}  # usual level first
_MENTOR_TOPICS = (  # what juniors typically have to teach in reverse mentoring
    "Technology & digital tools",
    "Social media",
    "Generational trends",
    "Remote & hybrid work",
)
_CITIES = ("London", "Manchester", "Dublin", "Amsterdam", "Warsaw")
_CITY_WEIGHTS = tuple(accumulate((35, 20, 15, 12, 10)))
_WORK_MODES = ("hybrid", "onsite", "remote")
_WORK_MODE_WEIGHTS = tuple(accumulate((65, 20, 15)))
_AVAILABILITY = tuple(  # 2-4 weekdays, in week order: "Mon,Wed,Thu"
    ",".join(days) for size in (2, 3, 4) for days in combinations(WEEKDAYS, size)
)
_TOPIC_COUNTS = (1, 1, 1, 2, 2, 2, 2, 2, 3, 3)  # how many topics one person names
_NOTES = (
    "Prefers morning sessions.",
    "Prefers video calls to meeting in person.",
    "Back from parental leave in March.",
    "Took part in the pilot cycle.",
    "Would like a partner outside their own department.",
    "Travels a lot in Q2; please allow rescheduling.",
    "Asked for a follow-up call before matching.",
)
_TRANSLIT = str.maketrans(  # letters that NFKD does not reduce to ASCII
    dict(zip("абвгдезиклмнопрстуфыэ", "abvgdeziklmnoprstufye", strict=True))
    | dict(zip("αβγδεζηικλμνξοπρσςτυφω", "avgdeziiklmnxoprsstyfo", strict=True))
    | {"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ь": ""}
    | {"ю": "iu", "я": "ia", "θ": "th", "χ": "ch", "ψ": "ps", "ł": "l", "ø": "o", "đ": "d"}
    | {"ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "'": "", "’": ""}
)
# SQLite before 3.32 allows only 999 bound values per statement.
_MAX_VARIABLES = 32_766 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999

Row = tuple[object, ...]


class DemoRefused(Exception):
    """Demo data was not written; ``str()`` says why in one sentence for the user."""


@dataclass(frozen=True)
class DemoSummary:
    """What was written, for the confirmation message."""

    participants: int
    mentors: int
    mentees: int
    departments: int


def database_is_empty() -> bool:
    """True when no participant exists (topics and settings seeded by migrations don't count)."""
    return not Participant.select().exists()


def fill_demo(
    participants: int = 60,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Write a made-up organisation into the open, empty database: all of it or nothing.

    ``progress(done, total)`` counts rows written (participants, then their topics)
    and is called after each batch; an exception it raises (a cancel) rolls back.
    """
    if participants < 2:
        raise DemoRefused("Demo data needs at least 2 participants (a mentor and a mentee).")
    if participants > MAX_PARTICIPANTS:
        raise DemoRefused(f"Demo data is limited to {MAX_PARTICIPANTS:,} participants.")
    with Participant._meta.database.atomic():
        existing = Participant.select().count()
        if existing:
            raise DemoRefused(
                f"The database already holds {existing:,} "
                f"{either(existing, 'participant', 'participants')}; "
                "demo data goes only into an empty database."
            )
        topics = {topic.name: topic.get_id() for topic in Topic.select().order_by(Topic.name)}
        if not topics:
            raise DemoRefused("The database has no topics, so demo participants cannot get any.")
        people, links, summary = _Generator(random.Random(seed), topics).organisation(participants)
        total = len(people) + len(links)
        done = _insert(Participant, _PARTICIPANT_FIELDS, people, 0, total, progress)
        _insert(ParticipantTopic, _TOPIC_FIELDS, links, done, total, progress)
    return summary


def _insert(
    model: type[Participant | ParticipantTopic],
    names: Sequence[str],
    rows: Sequence[Row],
    done: int,
    total: int,
    progress: Callable[[int, int], None] | None,
) -> int:
    """Multi-row INSERTs in batches small enough for SQLite's limit on bound values.

    Plain SQL rather than ``insert_many``: Peewee builds a query node per value,
    which made 10,000 participants take over a second just to compose the SQL.
    Rows therefore hold values SQLite stores as Peewee would (ISO date strings).
    """
    columns = ", ".join(f'"{getattr(model, name).column_name}"' for name in names)
    row_marks = f"({', '.join('?' * len(names))})"
    size = max(1, min(500, _MAX_VARIABLES // len(names)))
    database = model._meta.database
    for start in range(0, len(rows), size):
        batch = rows[start : start + size]
        values = ", ".join([row_marks] * len(batch))
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES {values}'
        database.execute_sql(sql, [value for row in batch for value in row])
        done += len(batch)
        if progress is not None:
            progress(done, total)
    return done


def _level_counts(total: int) -> dict[int, int]:
    """People per level: a handful of executives, juniors (mentors) slightly outnumbering."""
    executives = max(1, round(math.sqrt(total) / 4))
    rest = total - executives
    exact = {level: rest * share for level, share in _LEVEL_SHARES.items()}
    counts = {level: int(value) for level, value in exact.items()}
    by_remainder = sorted(exact, key=lambda level: exact[level] - counts[level], reverse=True)
    for level in by_remainder[: rest - sum(counts.values())]:
        counts[level] += 1
    if not counts[1] + counts[2] + counts[3]:  # a tiny demo still needs a mentor
        counts[max((4, 5), key=counts.__getitem__)] -= 1
        counts[1] += 1
    counts[LEVEL_MAX] = executives
    return counts


@functools.cache
def _fold(text: str) -> str:
    """ASCII for an email address: 'José' → 'jose', 'Łukasz' → 'lukasz', 'Дмитрий' → 'dmitrii'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    ascii_text = bare.replace("ου", "ou").translate(_TRANSLIT)
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


class _Generator:
    """One seeded pass over the organisation, top-down so managers exist before reports."""

    def __init__(self, rng: random.Random, topics: dict[str, int]) -> None:
        self.rng = rng
        self.topic_ids = list(topics.values())
        self.mentor_weights = list(
            accumulate(4 if name in _MENTOR_TOPICS else 1 for name in topics)
        )
        self.emails: dict[str, int] = {}
        self.pools: dict[tuple[str, int], list[int]] = defaultdict(list)
        self.by_level: dict[int, list[int]] = defaultdict(list)

    def organisation(self, total: int) -> tuple[list[Row], list[Row], DemoSummary]:
        rng = self.rng
        counts = _level_counts(total)
        executive_homes = list(_DEPARTMENTS)
        rng.shuffle(executive_homes)
        people: list[Row] = []
        links: list[Row] = []
        for level in range(LEVEL_MAX, LEVEL_MIN - 1, -1):
            for index in range(counts[level]):
                pid = len(people) + 1  # ascending ids: SQLite appends, 100,000 stay fast
                if level == LEVEL_MAX:
                    department = executive_homes[index % len(executive_homes)]
                    titles = department.titles[level - 1]
                    title = titles[0] if index < len(executive_homes) else rng.choice(titles[1:])
                else:
                    department = rng.choices(_DEPARTMENTS, cum_weights=_DEPARTMENT_WEIGHTS)[0]
                    title = rng.choice(department.titles[level - 1])
                people.append(self._person(pid, level, department.name, title))
                links.extend(self._topics(pid, level))
                self.pools[(department.name, level)].append(pid)
                self.by_level[level].append(pid)
        mentors = sum(counts[level] for level in (1, 2, 3))
        departments = len({row[5] for row in people})
        return people, links, DemoSummary(total, mentors, total - mentors, departments)

    def _person(self, pid: int, level: int, department: str, title: str) -> Row:
        rng = self.rng
        culture = rng.choices(_CULTURES, cum_weights=_CULTURE_WEIGHTS)[0]
        female = rng.random() < 0.5
        given = rng.choice(culture.female if female else culture.male)
        family = rng.choice(culture.family).split("|")[-1 if female else 0]
        full_name = f"{family} {given}" if culture.family_first else f"{given} {family}"
        mentee = level >= 4
        return (
            pid,
            full_name,
            self._email(pid, given, family),
            "mentee" if mentee else "mentor",
            title,
            department,
            level,
            self._manager(level, department),
            rng.choices(_CITIES, cum_weights=_CITY_WEIGHTS)[0],
            rng.choices(_WORK_MODES, cum_weights=_WORK_MODE_WEIGHTS)[0],
            rng.choice(_AVAILABILITY),
            rng.choice(_NOTES) if rng.random() < 0.06 else "",
            str(BASE_DATE + dt.timedelta(days=rng.randint(0, 28))) if rng.random() < 0.93 else None,
            2 if mentee and rng.random() < 0.1 else 1,
            int(rng.random() < 0.015),
            CREATED_AT,
            CREATED_AT,
        )

    def _email(self, pid: int, given: str, family: str) -> str:
        """given.family@…, numbered on a clash; names never fold to digits, so no clash remains."""
        base = ".".join(part for part in (_fold(given), _fold(family)) if part)
        if not base:
            return f"participant-{pid}@{DOMAIN}"
        seen = self.emails[base] = self.emails.get(base, 0) + 1
        return f"{base}{seen if seen > 1 else ''}@{DOMAIN}"

    def _manager(self, level: int, department: str) -> int | None:
        """Someone more senior, usually in the same department; executives report to no one."""
        if level == LEVEL_MAX:
            return None
        rng = self.rng
        levels = list(_MANAGER_LEVELS[level])
        if rng.random() < 0.2:
            levels.reverse()
        levels += [higher for higher in range(level + 1, LEVEL_MAX + 1) if higher not in levels]
        if rng.random() < 0.92:  # a few report across departments (matrix lines)
            for higher in levels:
                if candidates := self.pools[(department, higher)]:
                    return rng.choice(candidates)
        for higher in levels:
            if candidates := self.by_level[higher]:
                return rng.choice(candidates)
        raise AssertionError("there is always an executive")  # pragma: no cover

    def _topics(self, pid: int, level: int) -> list[Row]:
        """Mentors offer, mostly digital topics; mentees want anything."""
        rng = self.rng
        kind = "wants" if level >= 4 else "offers"
        wanted = min(len(self.topic_ids), rng.choice(_TOPIC_COUNTS))
        if kind == "wants":
            chosen = rng.sample(self.topic_ids, wanted)
        else:
            chosen = []
            while len(chosen) < wanted:  # weighted sampling without replacement, by retrying
                topic = rng.choices(self.topic_ids, cum_weights=self.mentor_weights)[0]
                if topic not in chosen:
                    chosen.append(topic)
        return [(pid, topic, kind, priority) for priority, topic in enumerate(chosen, 1)]
