"""The fourteen classes the outside red team broke (issue 18), each with the tests that show it
holds. ``benchmarks/hostile_input.py`` runs them and prints "classes holding: N of 14"; a class
holds when every one of its tests passes (and it has at least one).
``tests/hostile/test_classes.py`` checks that every test named here exists."""

from __future__ import annotations

H = "tests/hostile/"

#: number -> (what broke, the tests that show it holds)
CLASSES: dict[int, tuple[str, tuple[str, ...]]] = {
    1: ("a GeoPackage's stored feature count is trusted", (
        H + "test_budgets.py::test_a_geopackage_that_understates_its_count_loses_no_row",
        H + "test_budgets.py::test_the_command_line_says_the_stored_count_was_wrong",
        H + "test_budgets.py::test_a_geopackage_claiming_30_million_features_costs_the_memory_of_its_real_rows")),
    2: ("memory amplification from a wide CSV header", (
        H + "test_budgets.py::test_a_wide_header_is_refused_before_it_costs_memory",
        H + "test_budgets.py::test_the_column_budget_is_a_setting")),
    3: ("CSV formula injection", (
        H + "test_spreadsheet.py::test_exported_csv_neutralises_formulas_and_reads_back",
        H + "test_spreadsheet.py::test_numbers_stay_numbers",
        H + "test_spreadsheet.py::test_a_rejects_file_neutralises_formulas_too")),
    4: ("a truncated download imports silently", (
        H + "test_budgets.py::test_a_file_cut_inside_its_last_quoted_field_is_refused",
        H + "test_budgets.py::test_a_bare_quote_inside_an_unquoted_field_is_not_a_truncation",
        H + "test_malformed.py::test_a_broken_file_is_refused_clearly[truncated_end_in_quotes]",
        H + "test_malformed.py::test_a_broken_file_is_refused_clearly[truncated_quote]")),
    5: ("--skip-bad writes through a symlink", (
        H + "test_safe_writes.py::test_skip_bad_never_writes_through_a_symlink",
        H + "test_safe_writes.py::test_skip_bad_never_overwrites_a_rejects_file_without_force")),
    6: ("a shared link can freeze the dashboard", (
        "tests/geo/test_view.py::test_a_hostile_link_is_bounded_and_fast",
        H + "test_links.py::test_the_worst_links_open_a_usable_page")),
    7: ("another application's SQLite file is modified", (
        H + "test_stores.py::test_another_applications_sqlite_file_is_refused_untouched",
        H + "test_stores.py::test_an_empty_sqlite_file_becomes_a_store",
        H + "test_stores.py::test_a_text_file_given_as_the_store_is_refused_untouched")),
    8: ("ingest has no size limit", (
        H + "test_ingest_limits.py::test_the_command_line_refuses_an_article_over_the_limit_before_reading_it",
        H + "test_ingest_limits.py::test_standard_input_is_read_no_further_than_the_limit",
        H + "test_ingest_limits.py::test_the_paste_box_and_the_upload_are_limited_too",
        H + "test_ingest_limits.py::test_the_dashboard_paste_box_over_the_limit_says_so")),
    9: ("review evidence from the wrong article", (
        H + "test_ingest_limits.py::test_two_uploads_with_one_file_name_keep_their_own_evidence",)),
    10: ("tracebacks instead of messages", (
        H + "test_stores.py::test_an_import_behind_another_waits_then_says_who_holds_the_store",
        H + "test_stores.py::test_a_read_only_store_lists_and_exports",
        H + "test_stores.py::test_a_full_disk_during_an_import_is_a_message_and_nothing_is_written",
        H + "test_stores.py::test_a_full_disk_during_an_export_is_a_message_and_leaves_the_old_file",
        H + "test_stores.py::test_the_dashboard_on_a_damaged_store_shows_a_message_without_traceback_or_path",
        "tests/geo/test_cli.py::test_a_reader_that_stops_early_gets_no_traceback",
        "tests/geo/test_cli.py::test_gazetteer_search_refuses_a_negative_limit")),
    11: ("a killed export destroys the previous output file", (
        H + "test_safe_writes.py::test_a_killed_export_leaves_the_previous_file_intact",
        H + "test_safe_writes.py::test_export_never_replaces_a_file_without_force",
        H + "test_safe_writes.py::test_export_never_writes_through_a_symlink",
        H + "test_safe_writes.py::test_the_library_refuses_to_replace_a_file_too")),
    12: ("duplicate column names resolve silently", (
        H + "test_budgets.py::test_a_column_named_twice_is_refused_naming_it",
        H + "test_malformed.py::test_a_broken_file_is_refused_clearly[duplicate_latitude]")),
    13: ("coordinates are never checked against their place", (
        H + "test_coordinates.py::test_swapped_coordinates_are_kept_flagged_and_the_swap_suggested",
        H + "test_coordinates.py::test_baghdad_iraq_at_zero_zero_is_flagged",
        H + "test_coordinates.py::test_strict_refuses_them_naming_row_and_field",
        H + "test_coordinates.py::test_a_point_just_across_a_border_is_within_tolerance")),
    14: ("smaller breaks: tiny bbox, long emoji names, 0644 session stores, /dev/zero", (
        "tests/geo/test_view.py::test_a_tiny_box_survives_the_link",
        H + "test_safe_writes.py::test_an_emoji_file_name_over_255_bytes_gets_a_clear_message",
        H + "test_safe_writes.py::test_an_upload_with_an_emoji_file_name_over_255_bytes_imports",
        "tests/geo/test_session.py::test_a_session_store_is_readable_by_its_user_only",
        H + "test_safe_writes.py::test_the_dev_zero_device_is_not_a_regular_file",
        H + "test_safe_writes.py::test_a_fifo_is_not_a_regular_file")),
}


def all_tests() -> list[str]:
    """Every node id the table names."""
    return sorted({t for _, tests in CLASSES.values() for t in tests})


def holding(outcomes: dict[str, str]) -> dict[int, bool]:
    """Which classes hold, from pytest's outcome per node id (a parametrized test's cases count
    under its own id and under the id without parameters)."""
    out = {}
    for n, (_, tests) in CLASSES.items():
        seen = [[o for node, o in outcomes.items() if node == t or node.startswith(t + "[")] for t in tests]
        out[n] = bool(tests) and all(s and all(o == "passed" for o in s) for s in seen)
    return out


#: The files the table's tests live in (what the harness runs).
ROOT_TESTS = sorted({t.split("::")[0] for t in all_tests()})
