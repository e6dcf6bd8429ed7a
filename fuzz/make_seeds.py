#!/usr/bin/env python3
"""Writes the seed corpora under fuzz/corpus/ (committed; rerun to refresh):
tiny hand-written inputs plus short excerpts of data/sample and output/."""
import json
import os
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, 'fuzz', 'corpus')


def write(target, name, data):
    os.makedirs(os.path.join(CORPUS, target), exist_ok=True)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(CORPUS, target, name), 'wb') as f:
        f.write(data)


def sample(name, limit):
    with open(os.path.join(ROOT, 'data', 'sample', name), 'rb') as f:
        data = f.read(limit)
    return data.decode('utf-8', 'ignore').encode('utf-8')  # cut on a character boundary


TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}


def cp1258(text):
    """Windows-1258 spells tones as combining marks after the vowel."""
    out = []
    for ch in text:
        parts = unicodedata.normalize('NFD', ch)
        tones = [p for p in parts if p in TONES]
        base = unicodedata.normalize('NFC', ''.join(p for p in parts if p not in TONES))
        out.append(base + ''.join(tones))
    return ''.join(out).encode('cp1258')


VI = 'Chiều 12/3/2024, tại Hà Nội, Bộ trưởng Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Lào.'
SAMPLES = sorted(os.listdir(os.path.join(ROOT, 'data', 'sample')))

# --- ingest_txt: plain scraped text
write('ingest_txt', 'sample_000_head.txt', sample(SAMPLES[0], 1200))
write('ingest_txt', 'sample_002_head.txt', sample(SAMPLES[2], 900))
write('ingest_txt', 'metadata_lines.txt',
      'https://example.vn/tin/2024/05/29/hop-tac.html\nViệt Nam và Lào hợp tác\n-----\n' + VI +
      '\nẢnh: Thu Hiền\nKhánh Linh\nNguồn Nhân Dân: https://nhandan.vn/a.html\n')
write('ingest_txt', 'bom_crlf.txt', b'\xef\xbb\xbf' + VI.replace('.', '.\r\n').encode())
write('ingest_txt', 'windows1258.txt', cp1258(VI))
write('ingest_txt', 'utf16le_bom.txt', b'\xff\xfe' + VI.encode('utf-16-le'))
write('ingest_txt', 'entity_remnants.txt', 'Bộ KH&CN; Việt Nam &amp; Lào &#272;ại sứ &nbsp; x&#xD800;y\n')

# --- ingest_html
write('ingest_html', 'article.html',
      '<!doctype html><html><head><title>T&amp;T</title>'
      '<meta property="og:title" content="Việt Nam và Lào">'
      '<link rel="canonical" href="https://example.vn/a-20240529.html">'
      '<meta property="article:published_time" content="2024-05-29T08:00:00+07:00">'
      '<script>var x = "<p>no</p>";</script><style>p{}</style></head><body>'
      '<nav><a href="/">Trang chủ</a></nav><article><h1>Hợp tác</h1><p>' + VI +
      '</p><p>Hai bên ký <b>Biên bản ghi nhớ</b>&nbsp;hợp tác.</p><!-- c --></article>'
      '<footer>Phản hồi</footer></body></html>')
write('ingest_html', 'broken.html', '<div><p class="a>' + VI + '<br/><td>x</td><time datetime="2024-05-29">'
      '<textarea>t</div></p><script>unclosed')
write('ingest_html', 'nested.html', '<div>' * 40 + VI + '</div>' * 40)
write('ingest_html', 'sample_excerpt.html',
      b'<html><body><p>' + sample(SAMPLES[1], 700) + b'</p></body></html>')

# --- ingest_json: first byte '0' -> .json, '1' -> .jsonl
record = {'text': VI, 'url': 'https://example.vn/a.html', 'title': 'Hợp tác', 'date': '29/05/2024'}
write('ingest_json', 'object.json', '0' + json.dumps(record, ensure_ascii=False))
write('ingest_json', 'array.json', '0' + json.dumps([record, {'text': 'x\u0000y \udc00'.encode('utf-8', 'surrogatepass').decode('utf-8', 'replace')}, 3]))
write('ingest_json', 'escaped.json', '0{"text": "Hà N\\u1ed9i \\ud83d\\ude00 \\udc00 \\n x"}')
write('ingest_json', 'lines.jsonl', '1' + json.dumps(record, ensure_ascii=False) + '\n{"text": 1}\n\n{bad\n' +
      json.dumps({'text': sample(SAMPLES[3], 500).decode()}, ensure_ascii=False) + '\n')

# --- decode: encodings
write('decode', 'utf8.txt', VI)
write('decode', 'utf8_bom.txt', b'\xef\xbb\xbf' + VI.encode())
write('decode', 'utf16le.txt', b'\xff\xfe' + VI.encode('utf-16-le'))
write('decode', 'utf16be_nobom.txt', VI.encode('utf-16-be'))
write('decode', 'utf16le_nobom_odd.txt', VI.encode('utf-16-le') + b'\x41')
write('decode', 'windows1258.txt', cp1258(VI))
write('decode', 'broken_utf8.txt', 'Hà N'.encode() + b'\xff\xfei \xc3\x28 \xc0\xaf \xed\xa0\x80 ' + VI.encode()[:40])
write('decode', 'binary.bin', bytes(range(256)))

# --- normalize
write('normalize', 'tones.txt', 'hoà hòa thuỷ thủy quý hoàng Hoà Bình Ðà Nẵng\n')
write('normalize', 'nfd.txt', unicodedata.normalize('NFD', VI))
write('normalize', 'punctuation.txt', '“Trích” – «dẫn» — ‘x’ a\u00a0b\u2003c\u200bd\u00ade\u2028f\u2029g\t\r\n…TP.HCM Th.S Lào.Ảnh: X')
write('normalize', 'sample_001_head.txt', sample(SAMPLES[1], 600))
write('normalize', 'invalid.txt', b'a\xff\xc3\x28b\x00c\x01\x7f \xef\xbf\xbd')

# --- extract: one article text
write('extract', 'sample_000_head.txt', sample(SAMPLES[0], 1500))
write('extract', 'sample_004_head.txt', sample(SAMPLES[4], 1200))
write('extract', 'meeting.txt', VI + ' Hai bên đã ký Biên bản ghi nhớ hợp tác giai đoạn 2024 – 2026 giữa Bộ Ngoại giao '
      'Việt Nam và Bộ Ngoại giao Lào.\nSáng 23/5, Thủ tướng Lào Sonexay Siphandone tiếp đoàn Bộ Y tế Campuchia do '
      'Bộ trưởng Mam Bunheng dẫn đầu.\n')

# --- load_graph: a small graph from output/graph.jsonld (one meeting and
# what it references), with long texts cut
with open(os.path.join(ROOT, 'output', 'graph.jsonld'), encoding='utf-8') as f:
    graph = json.load(f)
nodes = {n['@id']: n for n in graph['@graph']}
event = next(n for n in graph['@graph'] if 'Event' in n['@type'])
agreement = next(n for n in graph['@graph'] if 'cg:Agreement' in n['@type'])
keep, todo = {}, [event['@id'], agreement['@id']]
while todo:
    iri = todo.pop()
    if iri in keep or iri not in nodes:
        continue
    keep[iri] = nodes[iri]
    for v in json.dumps(nodes[iri]).split('"'):
        if v.startswith('https://w3id.org/coopgraph/id/'):
            todo.append(v)


def cut(v):
    if isinstance(v, str):
        return v[:120]
    if isinstance(v, list):
        return [cut(x) for x in v[:4]]
    if isinstance(v, dict):
        return {k: cut(x) for k, x in v.items()}
    return v


small = {'@context': {}, '@graph': [cut(keep[k]) for k in sorted(keep)]}
write('load_graph', 'excerpt.jsonld', '\n'.join(
    ['{"@context": {}, "@graph": ['] + [',\n'.join(json.dumps(n, ensure_ascii=False) for n in small['@graph'])] + [']}']))
write('load_graph', 'minimal.jsonld',
      '{"@graph": [{"@id": "https://w3id.org/coopgraph/id/person/a", "@type": "Person", "name": "A \\"x\\" \\\\",'
      ' "nationality": ["https://w3id.org/coopgraph/id/country/vn"]},'
      ' {"@id": "https://w3id.org/coopgraph/id/country/vn", "@type": "Country", "name": "Việt Nam", "identifier": "VN"}]}')
write('load_graph', 'not_graph.json', '[{"@graph": 1}]')

# --- find_entity: first byte = bit set of node kinds (0: all)
for i, (kinds, name) in enumerate([(0, 'Huynh Thanh Dat'), (1, 'Huỳnh Thành Đạt'), (2, 'Bộ KH&CN'),
                                   (0, 'person/huynh-thanh-dat'), (0, 'Huỳnh'), (1, 'Nobody Atall'),
                                   (0, 'boviengkham'), (127, 'LÀO')]):
    write('find_entity', 'name_%d' % i, bytes([kinds]) + name.encode())

# --- facts: one fact line (coopgraph extract's output), whole, cut short, or edited
def fnv1a64(data):
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return '%016x' % h


FACT_TEXT = VI + '\nHai bên đã ký Biên bản ghi nhớ hợp tác giai đoạn 2024 – 2026.'
FACT = {
    'facts': 1,
    'document': {'id': fnv1a64(FACT_TEXT.encode()), 'source_path': 'stdin#1', 'url': 'https://a.vn/x',
                 'title': 'Hội đàm', 'date_published': '2024-03-12', 'text': FACT_TEXT},
    'published': {'year': 2024, 'month': 3, 'day': 12},
    'mentions': [
        {'kind': 'person', 'surface': 'Bộ trưởng Bùi Thanh Sơn', 'name': 'Bùi Thanh Sơn',
         'titles': [{'text': 'Bộ trưởng', 'organization': 2}], 'country': 'VN',
         'evidence': {'sentence': 0, 'begin': 29, 'end': 51, 'quote': 'Bộ trưởng Bùi Thanh Sơn'}},
        {'kind': 'country', 'surface': 'Lào', 'country': 'LA',
         'evidence': {'sentence': 0, 'begin': 86, 'end': 89, 'quote': 'Lào'}},
        {'kind': 'organization', 'surface': 'Bộ Ngoại giao', 'name': 'Bộ Ngoại giao', 'category': 'government',
         'parent': -1, 'aliases': ['MOFA'], 'evidence': {'sentence': 0, 'begin': 0, 'end': 0, 'quote': '',
                                                          'article_id': 'other'}},
    ],
    'meetings': [{'kind': 'Talks', 'start': {'year': 2024, 'month': 3, 'day': 12, 'year_inferred': True},
                  'status': 'held', 'place': 1, 'participants': [{'mention': 0, 'head_of_delegation': True}],
                  'evidence': [{'sentence': 0, 'begin': 0, 'end': 89, 'quote': VI[:89]}]}],
    'agreements': [{'kind': 'MemorandumOfUnderstanding', 'name': 'Biên bản ghi nhớ hợp tác', 'period_start': 2024,
                    'period_end': 2026, 'status': 'signed', 'parties': [0, 1], 'signatories': [0],
                    'evidence': {'sentence': 1, 'begin': 90, 'end': 120, 'quote': 'x'}}],
}
FACT_LINE = json.dumps(FACT, ensure_ascii=False) + '\n'
write('facts', 'line.jsonl', FACT_LINE)
write('facts', 'cut.jsonl', FACT_LINE.encode()[:400].decode('utf-8', 'ignore'))
write('facts', 'bad_index.jsonl', FACT_LINE.replace('"place": 1', '"place": 7'))
write('facts', 'edited.jsonl', FACT_LINE.replace('Hội đàm', 'Hội đàm 2').replace('Chiều', 'Sáng'))
write('facts', 'minimal.jsonl', json.dumps({'facts': 1, 'document': {'id': fnv1a64(b'x'), 'source_path': '',
                                                                     'text': 'x'},
                                            'mentions': [], 'meetings': [], 'agreements': []}))
