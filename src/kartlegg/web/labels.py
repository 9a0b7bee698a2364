"""Words the templates translate from data (``_(kind)``): roles, object types, operation measures and
kinds, place kinds, export and report kinds. Listed here once so ``pybabel extract`` finds them; a test
checks the lists match the code lists they name."""

from kartlegg.i18n import N_

ROLES = (N_("admin"), N_("analyst"), N_("outreach"), N_("auditor"), N_("viewer"))
OBJECT_TYPES = (N_("ad"), N_("profile"), N_("network"))
MEASURES = (
    N_("identified"),
    N_("arrested"),
    N_("reported"),
    N_("prosecuted"),
    N_("convicted"),
    N_("offered_help"),
    N_("offered_help_under_18"),
    N_("minors_found"),
    N_("addresses_surveilled"),
)
OPERATION_KINDS = (
    N_("street"),
    N_("online_apartment"),
    N_("hotel"),
    N_("national_action_week"),
    N_("eu_action_week"),
    N_("annual_total"),
    N_("unspecified"),
)
PLACE_KINDS = (N_("hotel"), N_("apartment_hotel"), N_("address"), N_("district"))
EXPORT_KINDS = (N_("ads"), N_("profiles"), N_("networks"), N_("selectors"), N_("csv"), N_("graph"))
REPORT_KINDS = (N_("profile"), N_("network"), N_("market"))
