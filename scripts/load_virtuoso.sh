#!/usr/bin/env bash
# Puts a coopgraph graph into Virtuoso Open Source (Debian's virtuoso-opensource
# 7.2) so it can be asked in SPARQL (docs/sparql.md).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/load_virtuoso.sh [--graph graph.jsonld | --nquads FILE] [--dir WORKDIR]
                                [--port N] [--http-port N] [--memory MB] [--add] [--timeout S]
       scripts/load_virtuoso.sh --endpoint URL [--isql HOST:PORT] [--user U] [--password P]
                                [--load-dir DIR] [--graph graph.jsonld | --nquads FILE] [--add]
       scripts/load_virtuoso.sh --stop [--dir WORKDIR]

Without --endpoint: starts (or reuses) a private Virtuoso on 127.0.0.1 whose
database, virtuoso.ini, log and dba password are in WORKDIR (default ./virtuoso),
on free ports unless --port (isql/SQL) and --http-port are given; no system
service is used. Then loads the graph and prints the SPARQL endpoint.

  --graph FILE     a graph.jsonld; exported to N-Quads with `coopgraph export
                   --format nquads` (the binary: $COOPGRAPH, else build/coopgraph
                   of this tree, else coopgraph on PATH)
  --nquads FILE    N-Quads written by `coopgraph export --format nquads`
  --add            keep what the store holds; by default it holds exactly this graph
                   after the load: a private server gets a new database, at an
                   --endpoint the graphs under https://w3id.org/coopgraph/id/ are emptied
  --memory MB      page buffers, in the virtuoso.ini of a new WORKDIR (default 512)
  --timeout S      longest wait for the server to start or stop, or to answer (default 300)
  --load-timeout S longest wait for the load and the union graph (default 7200: about
                   3 minutes for 10,000 articles, at least linear in the quads)
  --stop           stops the private server of WORKDIR (its files stay: the next
                   run starts it again with the data loaded)

With --endpoint URL (e.g. http://host:8890/sparql): loads into a running
server instead. It needs the server's isql (SQL) port, default HOST:1111, and
a user allowed to bulk-load (default dba; password from $VIRTUOSO_PASSWORD,
or --password, which other local users can see in the process list). The server reads the N-Quads file itself, so the file is
written to --load-dir (default: the directory of the --nquads file, or the
current directory for --graph), which must be on the server's machine and
listed in DirsAllowed of its virtuoso.ini.

Exit status: 0 loaded (or stopped), 1 failure (named on stderr), 2 usage error.
EOF
}

die() { echo "load_virtuoso: $*" >&2; exit 1; }
usage_error() { echo "load_virtuoso: $*" >&2; echo "(see scripts/load_virtuoso.sh --help)" >&2; exit 2; }

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
GRAPH_PREFIX="https://w3id.org/coopgraph/id/"
graph="" nquads="" dir="virtuoso" port="" http_port="" memory=512 add=0 timeout=300 load_timeout=7200 stop=0
endpoint="" isql="" user="dba" password="${VIRTUOSO_PASSWORD:-}" load_dir=""

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --add) add=1; shift; continue ;;
    --stop) stop=1; shift; continue ;;
  esac
  [ $# -ge 2 ] || usage_error "$1 needs a value"
  case "$1" in
    --graph) graph="$2" ;;
    --nquads) nquads="$2" ;;
    --dir) dir="$2" ;;
    --port) port="$2" ;;
    --http-port) http_port="$2" ;;
    --memory) memory="$2" ;;
    --timeout) timeout="$2" ;;
    --load-timeout) load_timeout="$2" ;;
    --endpoint) endpoint="$2" ;;
    --isql) isql="$2" ;;
    --user) user="$2" ;;
    --password) password="$2" ;;
    --load-dir) load_dir="$2" ;;
    *) usage_error "unknown option $1" ;;
  esac
  shift 2
done

for n in "$port" "$http_port" "$memory" "$timeout" "$load_timeout"; do
  [[ -z "$n" || "$n" =~ ^[0-9]+$ ]] || usage_error "not a number: $n"
done
[ -n "$graph" ] && [ -n "$nquads" ] && usage_error "give --graph or --nquads, not both"
[ "$stop" = 1 ] && { [ -n "$graph$nquads$endpoint" ] && usage_error "--stop takes only --dir"; }
[ "$stop" = 1 ] || [ -n "$graph$nquads" ] || usage_error "nothing to do: give --graph, --nquads or --stop"
for f in "$graph" "$nquads"; do
  [ -z "$f" ] || [ -r "$f" ] || die "cannot read $f"
done
command -v isql-vt >/dev/null || die "isql-vt not found: install virtuoso-opensource (scripts/install-deps.sh)"

# --- talking SQL to the server ------------------------------------------------

# sql HOST:PORT USER PASSWORD STATEMENTS: runs them with isql-vt, bounded in
# time; prints the output, fails on an SQL error (isql-vt exits 0 on many).
sql() {
  local out status=0
  out="$(timeout "${SQL_TIMEOUT:-$timeout}" isql-vt "$1" "$2" "$3" VERBOSE=OFF BANNER=OFF PROMPT=OFF \
           ECHO=OFF ERRORS=STDOUT exec="$4" </dev/null 2>&1)" || status=$?
  if [ "$status" != 0 ]; then
    echo "$out" >&2
    [ "$status" != 124 ] || echo "load_virtuoso: no answer from isql at $1 within ${SQL_TIMEOUT:-$timeout} s" >&2
    return 1
  fi
  if grep -q '^\*\*\* Error' <<<"$out"; then
    echo "$out" >&2
    return 1
  fi
  printf '%s\n' "$out"
}

# The value printed after KEY= by a SELECT 'KEY=' || ...
value_of() { sed -n "s/^ *$1=//p" | head -n 1 | sed 's/ *$//'; }

sql_quote() {  # a path as an SQL string literal; refuses a quote rather than escaping it
  case "$1" in *"'"*) die "a path with a quote cannot be given to Virtuoso: $1" ;; esac
  printf "'%s'" "$1"
}

# --- the private server ---------------------------------------------------------

free_port() {  # a TCP port nothing listens on now, from the kernel
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

ini_port() {  # ini_port SECTION: the port of [Parameters] or [HTTPServer] in WORKDIR's ini
  sed -n "/^\[$1\]/,/^\[/s/^ServerPort *= *127\.0\.0\.1:\([0-9]*\).*/\1/p" "$dir/virtuoso.ini"
}

server_pid() {  # the pid of WORKDIR's server when it runs (and is ours: checked in /proc)
  local pid
  pid="$(cat "$dir/virtuoso.pid" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$dir/virtuoso.ini" && echo "$pid"
}

write_ini() {
  local buffers=$((memory * 85))  # 8 KB pages plus overhead: Virtuoso's own sizing table
  # [SPARQL] ResultSetMaxRows: the default would cut long answers silently;
  # no MaxQueryExecutionTime, which makes Virtuoso return partial answers.
  cat >"$dir/virtuoso.ini" <<EOF
; Written by scripts/load_virtuoso.sh: a private server on loopback.
[Database]
DatabaseFile       = $dir/virtuoso.db
ErrorLogFile       = $dir/virtuoso.log
LockFile           = $dir/virtuoso.lck
TransactionFile    = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/virtuoso-temp.db
TransactionFile    = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:$port
DisableUnixSocket    = 1
MaxClientConnections = 10
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., $dir/load
NumberOfBuffers      = $buffers
MaxDirtyBuffers      = $((buffers * 3 / 4))
ThreadsPerQuery      = 2
AsyncQueueMaxThreads = 4

[HTTPServer]
ServerPort           = 127.0.0.1:$http_port
ServerRoot           = $dir/vsp
MaxClientConnections = 8
ServerThreads        = 8
Charset              = UTF-8
EnabledGzipContent   = 0

[SPARQL]
ResultSetMaxRows     = 10000000
MaxSortedTopRows     = 10000000
DefaultGraph         =
EOF
}

wait_until_up() {  # wait_until_up PID PASSWORD: polls isql until it answers, the server dies or time is up
  local deadline=$((SECONDS + timeout))
  while [ $SECONDS -lt $deadline ]; do
    kill -0 "$1" 2>/dev/null || {
      tail -n 20 "$dir/virtuoso.log" "$dir/virtuoso-t.out" >&2 2>/dev/null || true
      die "Virtuoso exited while starting (ports $port, $http_port; log $dir/virtuoso.log)"
    }
    SQL_TIMEOUT=5 sql "127.0.0.1:$port" dba "$2" "select 1;" >/dev/null 2>&1 && return 0
    sleep 1
  done
  die "Virtuoso did not answer on 127.0.0.1:$port within $timeout s (log $dir/virtuoso.log)"
}

start_private() {
  command -v virtuoso-t >/dev/null || die "virtuoso-t not found: install virtuoso-opensource (scripts/install-deps.sh)"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  mkdir -p "$dir/load" "$dir/vsp"
  if [ -f "$dir/virtuoso.ini" ]; then
    local p h
    p="$(ini_port Parameters)" h="$(ini_port HTTPServer)"
    [ -z "$port" ] || [ "$port" = "$p" ] || usage_error "$dir is set up for port $p, not $port"
    [ -z "$http_port" ] || [ "$http_port" = "$h" ] || usage_error "$dir is set up for HTTP port $h, not $http_port"
    port="$p" http_port="$h"
  else
    [ -n "$port" ] || port="$(free_port)"
    [ -n "$http_port" ] || http_port="$(free_port)"
    [ "$port" != "$http_port" ] || usage_error "--port and --http-port must differ"
    write_ini
  fi
  if [ "$add" = 0 ] && [ -f "$dir/virtuoso.db" ]; then
    # Replacing what the store holds: a new database is much faster than
    # deleting its quads (10,000 articles: seconds against 4 minutes).
    stop_private
    rm -f "$dir"/virtuoso.db "$dir"/virtuoso.trx "$dir"/virtuoso.pxa "$dir"/virtuoso-temp.db \
          "$dir"/virtuoso-temp.trx "$dir"/dba-password
  fi
  local pid new_db=0
  if pid="$(server_pid)"; then
    echo "load_virtuoso: Virtuoso already running (pid $pid)" >&2
  else
    for p in "$port" "$http_port"; do
      ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || die "port $p on 127.0.0.1 is in use (choose --port/--http-port, or another --dir)"
    done
    [ -f "$dir/virtuoso.db" ] || new_db=1
    rm -f "$dir/virtuoso.lck"  # left by a killed server; ours is not running (checked above)
    # nohup: the server outlives this script (and its terminal) until --stop.
    # From WORKDIR, so that "." of DirsAllowed is WORKDIR, whatever the caller's directory.
    cd "$dir"
    nohup virtuoso-t +configfile "$dir/virtuoso.ini" +foreground </dev/null >>"$dir/virtuoso-t.out" 2>&1 &
    cd "$OLDPWD"
    pid=$!
    echo "$pid" >"$dir/virtuoso.pid"
    echo "load_virtuoso: starting Virtuoso (pid $pid) on 127.0.0.1:$port, HTTP 127.0.0.1:$http_port" >&2
  fi
  if [ "$new_db" = 1 ]; then
    # A new database has the well-known dba/dba: replace it at once with a
    # random password kept (mode 600) beside the database.
    wait_until_up "$pid" dba
    (umask 077; /usr/bin/python3 -c 'import secrets; print("cg" + secrets.token_hex(12))' >"$dir/dba-password")
    sql "127.0.0.1:$port" dba dba "USER_CHANGE_PASSWORD('dba', 'dba', '$(cat "$dir/dba-password")');" >/dev/null ||
      die "could not set the dba password of the new database in $dir"
  fi
  [ -f "$dir/dba-password" ] || die "$dir/dba-password is missing: the server's dba password is unknown"
  password="$(cat "$dir/dba-password")"
  wait_until_up "$pid" "$password"
  isql="127.0.0.1:$port" user=dba
  endpoint="http://127.0.0.1:$http_port/sparql"
}

stop_private() {
  [ -d "$dir" ] || die "no Virtuoso directory $dir"
  dir="$(cd "$dir" && pwd)"
  local pid
  pid="$(server_pid)" || { echo "load_virtuoso: no Virtuoso running for $dir" >&2; return 0; }
  port="$(ini_port Parameters)"
  # shutdown checkpoints, so the next start needs no roll-forward.
  SQL_TIMEOUT=60 sql "127.0.0.1:$port" dba "$(cat "$dir/dba-password" 2>/dev/null)" "shutdown;" >/dev/null 2>&1 || true
  local deadline=$((SECONDS + 60))
  while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "load_virtuoso: Virtuoso (pid $pid) did not shut down; killing it" >&2
    kill -TERM "$pid" 2>/dev/null || true
    sleep 5
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/virtuoso.pid"
  echo "load_virtuoso: stopped Virtuoso of $dir" >&2
}

if [ "$stop" = 1 ]; then
  stop_private
  exit 0
fi

# --- where the server reads the N-Quads from -------------------------------------

endpoint_given="$endpoint"
if [ -z "$endpoint" ]; then
  start_private
  load_dir="$dir/load"
else
  [[ "$endpoint" =~ ^https?://([^/:]+) ]] || usage_error "--endpoint is not an http(s) URL: $endpoint"
  [ -n "$isql" ] || isql="${BASH_REMATCH[1]}:1111"
  [ -n "$password" ] || usage_error "--endpoint needs the password of $user (--password or \$VIRTUOSO_PASSWORD)"
  if [ -z "$load_dir" ]; then
    if [ -n "$nquads" ]; then load_dir="$(dirname "$nquads")"; else load_dir="."; fi
  fi
  load_dir="$(cd "$load_dir" && pwd)" || die "no directory $load_dir"
  SQL_TIMEOUT=30 sql "$isql" "$user" "$password" "select 1;" >/dev/null ||
    die "cannot log in to Virtuoso's isql at $isql as $user (see the error above)"
fi

if [ -n "$graph" ]; then
  binary="${COOPGRAPH:-}"
  [ -n "$binary" ] || { [ -x "$ROOT/build/coopgraph" ] && binary="$ROOT/build/coopgraph"; } || binary="$(command -v coopgraph)" ||
    die "no coopgraph binary: build it (cmake --build build) or set \$COOPGRAPH"
  file="$load_dir/coopgraph.nq"
  "$binary" export --graph "$graph" --format nquads --out "$file" || die "could not export $graph to N-Quads"
elif [ -z "$endpoint" ] || [ "$(cd "$(dirname "$nquads")" && pwd)" != "$load_dir" ]; then
  file="$load_dir/coopgraph.nq"
  ln -f "$nquads" "$file" 2>/dev/null || cp "$nquads" "$file" || die "cannot copy $nquads to $load_dir"
else
  file="$(cd "$(dirname "$nquads")" && pwd)/$(basename "$nquads")"
fi

# --- the load ---------------------------------------------------------------------

start=$SECONDS
if [ "$add" = 0 ] && [ -n "$endpoint_given" ]; then
  # (A private server's database is new: nothing to empty.) Empties every coopgraph graph (and the default graph the loader gives
  # quads without one); log_enable(3,1): row by row, without the transaction log.
  SQL_TIMEOUT=$load_timeout sql "$isql" "$user" "$password" "log_enable(3,1);
    DELETE FROM DB.DBA.RDF_QUAD WHERE id_to_iri(G) LIKE '${GRAPH_PREFIX}%';" >/dev/null ||
    die "could not empty the coopgraph graphs at $isql"
fi
# ld_dir registers the file (once: a row of a former load is removed first),
# rdf_loader_run parses it (.nq: N-Quads) and records any error in LOAD_LIST.
qfile="$(sql_quote "$file")"
SQL_TIMEOUT=$load_timeout sql "$isql" "$user" "$password" "DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file = $qfile;
  ld_dir($(sql_quote "$(dirname "$file")"), $(sql_quote "$(basename "$file")"), '$GRAPH_PREFIX');
  rdf_loader_run();
  checkpoint;" >/dev/null || die "loading $file into $isql failed (see above)"
state="$(sql "$isql" "$user" "$password" "SELECT 'STATE=' || cast(ll_state AS varchar) FROM DB.DBA.LOAD_LIST WHERE ll_file = $qfile;" | value_of STATE)"
error="$(sql "$isql" "$user" "$password" "SELECT 'ERROR=' || ll_error FROM DB.DBA.LOAD_LIST WHERE ll_file = $qfile AND ll_error IS NOT NULL;" | value_of ERROR)"
[ -n "$state" ] || die "the server did not register $file: is $(dirname "$file") in DirsAllowed of its virtuoso.ini, and readable by it?"
[ -z "$error" ] || die "Virtuoso could not load ${nquads:-$file}${nquads:+ (as $file)}: $error"
[ "$state" = 2 ] || die "the load of $file did not finish (DB.DBA.LOAD_LIST state $state)"
loaded=$((SECONDS - start))
# The union graph: every triple of the article graphs once, in the graph named
# by the IRI prefix (where the loader also put quads without a graph). The
# queries of docs/sparql.md read it (FROM): over the article graphs, a node
# reported by a thousand articles would match each pattern a thousand times.
# INSERT SOFT skips the triples already there; log_enable(2,1): no log.
SQL_TIMEOUT=$load_timeout sql "$isql" "$user" "$password" "log_enable(2,1);
  INSERT SOFT DB.DBA.RDF_QUAD (G, S, P, O)
    SELECT iri_to_id('$GRAPH_PREFIX'), S, P, O FROM DB.DBA.RDF_QUAD
    WHERE G <> iri_to_id('$GRAPH_PREFIX') AND id_to_iri(G) LIKE '${GRAPH_PREFIX}%';
  checkpoint;" >/dev/null || die "could not fill the union graph <$GRAPH_PREFIX> at $isql"
counts="$(SQL_TIMEOUT=$load_timeout sql "$isql" "$user" "$password" "SPARQL SELECT ('QUADS=' AS ?k) (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs)
  WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), '$GRAPH_PREFIX') && ?g != <$GRAPH_PREFIX>) };
  SPARQL SELECT ('TRIPLES=' AS ?k) (COUNT(*) AS ?n) FROM <$GRAPH_PREFIX> WHERE { ?s ?p ?o };")"
quads="$(sed -n 's/^ *QUADS= *\([0-9]*\).*/\1/p' <<<"$counts")"
graphs="$(sed -n 's/^ *QUADS= *[0-9]* *\([0-9]*\).*/\1/p' <<<"$counts")"
triples="$(sed -n 's/^ *TRIPLES= *\([0-9]*\).*/\1/p' <<<"$counts")"
echo "load_virtuoso: loaded $file ($(wc -l <"$file") lines) in $loaded s: ${quads:-?} quads in ${graphs:-?} article graphs;" \
     "${triples:-?} triples in <$GRAPH_PREFIX>, $((SECONDS - start)) s in all" >&2

# The endpoint answers over HTTP: one SPARQL query through it.
/usr/bin/python3 - "$endpoint" <<'EOF' || die "the SPARQL endpoint $endpoint does not answer"
import json, sys, urllib.parse, urllib.request
query = "ASK { ?s ?p ?o }"
request = urllib.request.Request(sys.argv[1] + "?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
with urllib.request.urlopen(request, timeout=30) as answer:
    json.load(answer)["boolean"]
EOF

echo "SPARQL endpoint: $endpoint"
if [ -z "$endpoint_given" ]; then
  echo "SQL (isql):      isql-vt $isql dba \$(cat $dir/dba-password)"
  echo "stop it with:    $0 --stop --dir $dir"
fi
