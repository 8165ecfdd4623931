"""European patient names, drawn per country so given and family names belong together.

The demo clinic must look like a real European neuromuscular clinic: names with diacritics
(Müller, Łukasiewicz, Ødegaard, Ó Briain, Čapek…) exercise sorting, search and PDF fonts in every
later layer. A family name written ``male/female`` has gendered forms (Polish, Czech, Irish,
Icelandic patronymics). The country also fixes the FRAX country and how likely the patient's labs
arrive in conventional units (mg/dL, ng/mL) rather than SI.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    weight: int
    frax: str
    #: Probability that this patient's laboratory reports in conventional (US-style) units.
    conventional_units: float
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]


def _country(code: str, weight: int, frax: str, conv: float, male: str, female: str, family: str) -> Country:
    return Country(code, weight, frax, conv, _split(male), _split(female), _split(family))


COUNTRIES: tuple[Country, ...] = (
    _country("GB", 12, "UK", 0.05,
             "James, Oliver, Thomas, George, Harry, William, Jack, Daniel, Richard, David",
             "Emily, Olivia, Charlotte, Sophie, Jessica, Amelia, Sarah, Rebecca, Eleanor, Zoë",
             "Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Roberts, Walker, Wright, Hughes, Davies"),
    _country("DE", 11, "Germany", 0.6,
             "Jürgen, Lukas, Maximilian, Jörg, Björn, Matthias, Felix, Günther, Tobias, Jonas, Uwe, Moritz",
             "Anna, Lena, Sophie, Marie, Jördis, Hannah, Ursula, Brigitte, Katharina, Mia, Gisela, Renate",
             "Müller, Schäfer, Weiß, Groß, Köhler, Schröder, Krüger, Böhm, Hoffmann, Schmidt, Jäger, "
             "Möller, Fuchs, Lößner, Wagner, Becker"),
    _country("NL", 8, "Netherlands", 0.05,
             "Daan, Sem, Bram, Joël, Sjoerd, Pieter, Willem, Gijs, Thijs, Ruud",
             "Anouk, Fenna, Eline, Maaike, Sanne, Loïs, Inge, Femke, Marieke, Chloë",
             "de Vries, van den Berg, Jansen, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, "
             "van Dijk, Hendriks"),
    _country("FR", 8, "France", 0.5,
             "François, Jérôme, Benoît, Loïc, Théo, Léo, Hervé, Frédéric, Clément, Gaël, Noël",
             "Zoë, Hélène, Céline, Amélie, Chloé, Élodie, Inès, Gaëlle, Anaïs, Léa, Bérénice, Françoise",
             "Lefèvre, Fournier, Girard, Mercier, Béranger, Lemaître, Dupré, Gauthier, Chevalier, "
             "Rousseau, Ménard, Hébert, Lévêque"),
    _country("PL", 8, "Poland", 0.5,
             "Łukasz, Piotr, Michał, Paweł, Jakub, Wojciech, Grzegorz, Mikołaj, Tomasz, Jędrzej, Stanisław",
             "Agnieszka, Małgorzata, Katarzyna, Zofia, Joanna, Magdalena, Ewa, Urszula, Żaneta, Bożena",
             "Łukasiewicz, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kamiński/Kamińska, "
             "Lewandowski/Lewandowska, Zieliński/Zielińska, Woźniak, Dąbrowski/Dąbrowska, "
             "Kozłowski/Kozłowska, Jabłoński/Jabłońska, Król, Mazur, Gałązka, Żak"),
    _country("ES", 6, "Spain", 0.75,
             "José, Jesús, Andrés, Raúl, Sergio, Joaquín, Íñigo, Martín, Álvaro, Rubén, Adrián, Héctor",
             "María, Lucía, Inés, Sofía, Begoña, Ana, Mónica, Pilar, Nuria, Carmen, Dolores, Ainhoa",
             "Nuñez, García, Martínez, López, Fernández, González, Sánchez, Pérez, Gómez, Muñoz, "
             "Jiménez, Ibáñez, Peña, Rodríguez"),
    _country("IT", 6, "Italy", 0.75,
             "Niccolò, Luca, Matteo, Andrea, Giuseppe, Lorenzo, Francesco, Gabriele, Tommaso, Nicolò",
             "Giulia, Francesca, Chiara, Sara, Martina, Alessia, Beatrice, Federica, Elena, Noemi",
             "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, "
             "De Luca, Mancini, Cantù"),
    _country("NO", 5, "Norway", 0.05,
             "Håkon, Øystein, Bjørn, Ståle, Jørgen, Magnus, Eirik, Sindre, Ola, Torbjørn",
             "Ingrid, Åse, Solveig, Kari, Sigrid, Ragnhild, Tuva, Mari, Guro, Bjørg",
             "Ødegaard, Sæther, Løken, Østby, Bråten, Hågensen, Ørstavik, Johansen, Haugen, Dæhlie, Moen"),
    _country("DK", 5, "Denmark", 0.05,
             "Søren, Jørn, Mads, Rasmus, Anders, Frederik, Niels, Bent, Kasper, Mikkel",
             "Mette, Birgitte, Signe, Freja, Ida, Lærke, Astrid, Kirsten, Karen, Maja",
             "Jørgensen, Sørensen, Mølgaard, Nielsen, Møller, Kjærgaard, Thøgersen, Frandsen, Bøgh, "
             "Østergaard"),
    _country("SE", 5, "Sweden", 0.05,
             "Björn, Göran, Åke, Lars, Anders, Måns, Nils, Erik, Hampus, Oskar",
             "Åsa, Linnéa, Märta, Ingrid, Elsa, Maja, Karin, Astrid, Agnes, Saga",
             "Åberg, Löfgren, Sjöström, Ström, Lindqvist, Öberg, Bäckström, Nyström, Andersson, "
             "Håkansson, Ekström"),
    _country("CZ", 5, "Czech Republic", 0.2,
             "Jiří, Tomáš, Lukáš, Ondřej, Václav, Jaroslav, Petr, Miroslav, Radek, Vojtěch",
             "Kateřina, Lenka, Jana, Markéta, Tereza, Zdeňka, Veronika, Hana, Alžběta, Šárka",
             "Čapek/Čapková, Novák/Nováková, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, "
             "Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, Růžička/Růžičková, "
             "Šťastný/Šťastná, Král/Králová"),
    _country("HU", 4, "Hungary", 0.2,
             "László, Gábor, Zoltán, Péter, István, Bálint, Tamás, Ádám, Gergő, Dávid",
             "Ágnes, Zsófia, Katalin, Erzsébet, Réka, Noémi, Dóra, Ildikó, Júlia, Tünde",
             "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Lukács, Szűcs, Fülöp"),
    _country("IE", 4, "Ireland", 0.05,
             "Seán, Pádraig, Ciarán, Éamon, Darragh, Niall, Cathal, Ruairí, Conor, Oisín",
             "Siobhán, Aoife, Niamh, Síle, Gráinne, Róisín, Orla, Caoimhe, Áine, Méabh",
             "Ó Briain/Ní Bhriain, Ó Súilleabháin/Ní Shúilleabháin, Ó Néill/Ní Néill, "
             "Mac Cárthaigh/Nic Cárthaigh, Ó Conchúir/Ní Chonchúir, Murphy, Kelly, O'Brien, Walsh, Byrne"),
    _country("PT", 4, "Portugal", 0.6,
             "João, António, Gonçalo, Tomás, Simão, Sebastião, Rúben, Luís, Duarte, Afonso",
             "Conceição, Inês, Beatriz, Leonor, Mónica, Margarida, Joana, Lúcia, Matilde, Fátima",
             "Gonçalves, Araújo, Magalhães, Simões, Guimarães, Brandão, Falcão, Loureiro, Pereira, Costa"),
    _country("FI", 3, "Finland", 0.05,
             "Mikko, Jyrki, Väinö, Jukka, Matti, Eero, Sakari, Ville, Tapio, Onni",
             "Päivi, Aino, Sanna, Kaisa, Helmi, Elina, Minna, Tiina, Hannele, Eeva",
             "Mäkinen, Hämäläinen, Järvinen, Lähteenmäki, Heikkinen, Pääkkönen, Räsänen, Nieminen, "
             "Virtanen, Väisänen"),
    _country("HR", 3, "Croatia", 0.4,
             "Ivan, Luka, Matej, Dražen, Krešimir, Željko, Tomislav, Marko, Josip, Goran",
             "Ivana, Marija, Ana, Petra, Željka, Snježana, Maja, Katarina, Mirjana, Lucija",
             "Horvat, Kovačević, Babić, Marić, Jurić, Kovačić, Knežević, Vuković, Šarić, Božić, Perić"),
    _country("RO", 3, "Romania", 0.6,
             "Ștefan, Ion, Andrei, Mihai, Răzvan, Bogdan, Cătălin, Alexandru, Florin, Dănuț",
             "Ioana, Andreea, Mădălina, Elena, Alexandra, Ștefania, Cristina, Irina, Raluca, Roxana",
             "Popescu, Ionescu, Stănescu, Munteanu, Dumitrescu, Rădulescu, Petrașcu, Mureșan, Lăzărescu"),
    _country("IS", 2, "Iceland", 0.05,
             "Guðmundur, Jón, Sigurður, Ólafur, Gunnar, Einar, Þórður, Kristján, Magnús, Stefán",
             "Guðrún, Anna, Sigríður, Kristín, Margrét, Helga, Þórunn, Ragnheiður, Jóhanna, Björk",
             "Jónsson/Jónsdóttir, Guðmundsson/Guðmundsdóttir, Sigurðsson/Sigurðardóttir, "
             "Ólafsson/Ólafsdóttir, Gunnarsson/Gunnarsdóttir, Þórðarson/Þórðardóttir, "
             "Kristjánsson/Kristjánsdóttir, Stefánsson/Stefánsdóttir"),
)

_BY_CODE = {c.code: c for c in COUNTRIES}
_WEIGHTS = tuple(c.weight for c in COUNTRIES)


def country(code: str) -> Country:
    return _BY_CODE[code]


def pick_name(rng: Random, sex: str) -> tuple[str, str, str]:
    """``(given, family, country code)`` for a patient of ``sex``."""
    where = rng.choices(COUNTRIES, weights=_WEIGHTS)[0]
    given = rng.choice(where.male if sex == "male" else where.female)
    family = rng.choice(where.family)
    if "/" in family:
        male_form, female_form = family.split("/")
        family = male_form if sex == "male" else female_form
    return given, family, where.code
