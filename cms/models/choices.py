"""Small fixed choice lists used by the library and the blocks."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RiskFrequency(models.TextChoices):
    """How common a side effect is, in the words patients read."""

    COMMON = "common", _("Common")
    UNCOMMON = "uncommon", _("Uncommon")
    RARE = "rare", _("Rare")


class EvidenceLevel(models.TextChoices):
    """How firmly research supports a benefit."""

    DEMONSTRATED = "demonstrated", _("Demonstrated in studies")
    EMERGING = "emerging", _("Emerging research")


class HeadingLevel(models.TextChoices):
    H2 = "h2", _("Section (H2)")
    H3 = "h3", _("Subsection (H3)")
    H4 = "h4", _("Minor heading (H4)")


class USState(models.TextChoices):
    """USPS codes of the states, DC and the territories."""

    AL = "AL", "Alabama"
    AK = "AK", "Alaska"
    AZ = "AZ", "Arizona"
    AR = "AR", "Arkansas"
    CA = "CA", "California"
    CO = "CO", "Colorado"
    CT = "CT", "Connecticut"
    DE = "DE", "Delaware"
    DC = "DC", "District of Columbia"
    FL = "FL", "Florida"
    GA = "GA", "Georgia"
    HI = "HI", "Hawaii"
    ID = "ID", "Idaho"
    IL = "IL", "Illinois"
    IN = "IN", "Indiana"
    IA = "IA", "Iowa"
    KS = "KS", "Kansas"
    KY = "KY", "Kentucky"
    LA = "LA", "Louisiana"
    ME = "ME", "Maine"
    MD = "MD", "Maryland"
    MA = "MA", "Massachusetts"
    MI = "MI", "Michigan"
    MN = "MN", "Minnesota"
    MS = "MS", "Mississippi"
    MO = "MO", "Missouri"
    MT = "MT", "Montana"
    NE = "NE", "Nebraska"
    NV = "NV", "Nevada"
    NH = "NH", "New Hampshire"
    NJ = "NJ", "New Jersey"
    NM = "NM", "New Mexico"
    NY = "NY", "New York"
    NC = "NC", "North Carolina"
    ND = "ND", "North Dakota"
    OH = "OH", "Ohio"
    OK = "OK", "Oklahoma"
    OR = "OR", "Oregon"
    PA = "PA", "Pennsylvania"
    RI = "RI", "Rhode Island"
    SC = "SC", "South Carolina"
    SD = "SD", "South Dakota"
    TN = "TN", "Tennessee"
    TX = "TX", "Texas"
    UT = "UT", "Utah"
    VT = "VT", "Vermont"
    VA = "VA", "Virginia"
    WA = "WA", "Washington"
    WV = "WV", "West Virginia"
    WI = "WI", "Wisconsin"
    WY = "WY", "Wyoming"
    AS = "AS", "American Samoa"
    GU = "GU", "Guam"
    MP = "MP", "Northern Mariana Islands"
    PR = "PR", "Puerto Rico"
    VI = "VI", "U.S. Virgin Islands"


class Weekday(models.TextChoices):
    MONDAY = "Mo", _("Monday")
    TUESDAY = "Tu", _("Tuesday")
    WEDNESDAY = "We", _("Wednesday")
    THURSDAY = "Th", _("Thursday")
    FRIDAY = "Fr", _("Friday")
    SATURDAY = "Sa", _("Saturday")
    SUNDAY = "Su", _("Sunday")
