"""The OpenAPI document drf-spectacular writes of the public API (docs/API.md; `make client` reads it)."""

SPECTACULAR_SETTINGS = {
    "TITLE": "Clinic content library API",
    "DESCRIPTION": "Live pages and library items (myths, benefits, risks, locations), fully resolved per locale. "
    "See docs/API.md.",
    "VERSION": "1.0.0",
    # OpenAPI 3.1: a null reference (an item or image that may be absent) is then expressed exactly.
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    # Swagger UI from the sidecar package: the interactive docs work with no network.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": False,
    "PREPROCESSING_HOOKS": ["exporters.api_json.schema.public_api_only"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "exporters.api_json.schema.listed_pages_require_the_summary_only",
    ],
    "ENUM_NAME_OVERRIDES": {
        "RiskFrequencyEnum": "cms.models.choices.RiskFrequency",
        "EvidenceLevelEnum": "cms.models.choices.EvidenceLevel",
        "HeadingLevelEnum": "cms.models.choices.HeadingLevel",
        "WeekdayEnum": "cms.models.choices.Weekday",
        "ChangeActionEnum": "exporters.changes.models.ACTIONS",
        "ChangeKindEnum": "exporters.changes.kinds.KIND_NAMES",
    },
}
