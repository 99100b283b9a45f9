#!/usr/bin/python3
"""Generates test/fixtures/tiny-whisper (and tiny-whisper-attn): tiny, deterministic Whisper-architecture models.

Real Whisper weights cannot be downloaded where Attune's tests run, so the tests use this
model instead. It has exactly the file layout and ONNX input/output contract of
Xenova/whisper-tiny.en, so transformers.js runs its real pipeline on it (log-mel features,
encoder, merged decoder with a key/value cache, timestamp logits processing, BPE tokenizer),
but it has not learned to listen: its decoder is trained (in seconds, with a fixed seed) to say the
same two timestamped phrases for any audio (see SCRIPT), so tests can check structure, chunking,
timestamps and determinism, never the content of a transcript.

A second variant, test/fixtures/tiny-whisper-attn, has the same weights (so the same transcripts)
but its merged decoder also outputs `decoder_attentions.0` and `cross_attentions.0`
([batch, heads, tgt, src], as Xenova's later exports with output_attentions do) and its
generation_config.json names `alignment_heads`, so transformers.js can compute word timestamps
from it. Cross-attention head 0 is the decoder's real attention. Head 1, the alignment head, is set
by hand and does not feed the logits: it stands for an attention that has learned where each word
is heard, which this model never learned. Decoding step k attends to the time ALIGNMENT gives the
token it predicts, so tests can check that word times travel from the attention to the transcript.

Run with Debian's python (it has torch and onnx):  /usr/bin/python3 scripts/make-tiny-whisper.py
(writes both fixtures; --variant plain|attn writes one).
"""
import argparse
import json
import math
import os
import sys

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper, TensorProto

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures')
OUT = os.path.join(FIXTURES, 'tiny-whisper')
OUT_ATTN = os.path.join(FIXTURES, 'tiny-whisper-attn')
D_MODEL, HEADS, FFN = 64, 2, 128
N_MELS, ENC_POS, DEC_POS = 80, 1500, 448
OPSET = 14
IR_VERSION = 8  # onnxruntime-node 1.14 (inside transformers.js 2.17.2) reads IR 8 at most

# Words the decoder can emit whole, so a transcript made with this model reads as words.
WORDS = ('i you we it that this what how it\'s feel hear sounds like really hard today '
         'tell me more about okay so and the a to of is are was not can with your '
         'listening understand happened going on right now time work home friend').split()

LANGUAGES = ('en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th ur hr '
             'bg lt la mi ml cy sk te fa lv bn sr az sl kn et mk br eu is hy ne mn bs kk sq sw gl mr pa si km '
             'sn yo so af oc ka be tg sd gu am yi lo uz fo ht ps tk nn mt sa lb my bo tl mg as tt haw ln ha ba '
             'jw su').split()


def bytes_to_unicode():
    """GPT-2's reversible map from bytes to printable characters (used by Whisper's BPE)."""
    bs = list(range(ord('!'), ord('~') + 1)) + list(range(ord('¡'), ord('¬') + 1)) + list(range(ord('®'), ord('ÿ') + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


def build_tokenizer():
    """A byte-level BPE over 256 bytes plus whole-word merges, then Whisper's special tokens."""
    byte_chars = bytes_to_unicode()
    vocab = {}
    for b in range(256):
        vocab[byte_chars[b]] = len(vocab)
    merges = []
    word_ids = []
    for word in WORDS:
        pieces = [byte_chars[b] for b in (' ' + word).encode('utf-8')]
        current = pieces[0]
        for piece in pieces[1:]:
            merged = current + piece
            if merged not in vocab:
                merges.append(f'{current} {piece}')
                vocab[merged] = len(vocab)
            current = merged
        word_ids.append(vocab[current])
    text_vocab = len(vocab)
    specials = ['<|endoftext|>', '<|startoftranscript|>'] + [f'<|{code}|>' for code in LANGUAGES] + [
        '<|translate|>', '<|transcribe|>', '<|startoflm|>', '<|startofprev|>', '<|nocaptions|>', '<|notimestamps|>']
    timestamps = [f'<|{i * 0.02:.2f}|>' for i in range(1501)]
    added = []
    for content in specials + timestamps:
        # As in Whisper's own tokenizer, timestamps are added tokens but not "special" ones:
        # transformers.js skips special ids when it splits the output into timed chunks.
        added.append({'id': len(vocab), 'content': content, 'single_word': False, 'lstrip': False,
                      'rstrip': False, 'normalized': False, 'special': content in specials})
        vocab[content] = len(vocab)
    ids = {name: vocab[name] for name in specials}
    tokenizer = {
        'version': '1.0', 'truncation': None, 'padding': None, 'added_tokens': added, 'normalizer': None,
        'pre_tokenizer': {'type': 'ByteLevel', 'add_prefix_space': False, 'trim_offsets': True, 'use_regex': True},
        'post_processor': {'type': 'ByteLevel', 'add_prefix_space': True, 'trim_offsets': False, 'use_regex': True},
        'decoder': {'type': 'ByteLevel', 'add_prefix_space': True, 'trim_offsets': True, 'use_regex': True},
        'model': {'type': 'BPE', 'dropout': None, 'unk_token': None, 'continuing_subword_prefix': '',
                  'end_of_word_suffix': '', 'fuse_unk': False, 'byte_fallback': False,
                  'vocab': {k: v for k, v in vocab.items() if v < text_vocab}, 'merges': merges},
    }
    return tokenizer, len(vocab), ids, word_ids, text_vocab


class Attention(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.q = torch.nn.Linear(D_MODEL, D_MODEL)
        self.k = torch.nn.Linear(D_MODEL, D_MODEL, bias=False)
        self.v = torch.nn.Linear(D_MODEL, D_MODEL)
        self.o = torch.nn.Linear(D_MODEL, D_MODEL)

    def split(self, x):
        b, t, _ = x.shape
        return x.view(b, t, HEADS, D_MODEL // HEADS).transpose(1, 2)

    def attend(self, q, k, v, mask=None):
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(D_MODEL // HEADS)
        if mask is not None:
            scores = scores + mask
        out = torch.matmul(torch.softmax(scores, dim=-1), v)
        b, h, t, d = out.shape
        return self.o(out.transpose(1, 2).reshape(b, t, h * d))


class EncoderLayer(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.ln1, self.attn = torch.nn.LayerNorm(D_MODEL), Attention()
        self.ln2 = torch.nn.LayerNorm(D_MODEL)
        self.fc1, self.fc2 = torch.nn.Linear(D_MODEL, FFN), torch.nn.Linear(FFN, D_MODEL)

    def forward(self, x):
        h = self.ln1(x)
        x = x + self.attn.attend(self.attn.split(self.attn.q(h)), self.attn.split(self.attn.k(h)), self.attn.split(self.attn.v(h)))
        return x + self.fc2(torch.nn.functional.gelu(self.fc1(self.ln2(x))))


class Encoder(torch.nn.Module):
    """input_features [batch, 80, 3000] -> last_hidden_state [batch, 1500, d_model], as in Whisper."""

    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv1d(N_MELS, D_MODEL, 3, padding=1)
        self.conv2 = torch.nn.Conv1d(D_MODEL, D_MODEL, 3, stride=2, padding=1)
        # Whisper's sinusoidal positions.
        inv = torch.exp(-math.log(10000) * torch.arange(D_MODEL // 2) / (D_MODEL // 2 - 1))
        t = torch.arange(ENC_POS)[:, None] * inv[None, :]
        self.register_buffer('pos', torch.cat([torch.sin(t), torch.cos(t)], dim=1))
        self.layer = EncoderLayer()
        self.ln = torch.nn.LayerNorm(D_MODEL)

    def forward(self, input_features):
        x = torch.nn.functional.gelu(self.conv1(input_features))
        x = torch.nn.functional.gelu(self.conv2(x)).permute(0, 2, 1)
        return self.ln(self.layer(x + self.pos))


class Decoder(torch.nn.Module):
    """The merged decoder: one graph for the first step (no cache) and later steps (with cache).

    The real export switches between two subgraphs on `use_cache_branch`; here the cross-attention
    keys and values are always recomputed from `encoder_hidden_states` (which transformers.js passes on
    every step, so the result is identical) and the flag only takes part as a zero term.
    """

    def __init__(self, vocab):
        super().__init__()
        self.embed = torch.nn.Embedding(vocab, D_MODEL)
        self.pos = torch.nn.Embedding(DEC_POS, D_MODEL)
        self.ln1, self.self_attn = torch.nn.LayerNorm(D_MODEL), Attention()
        self.ln2, self.cross_attn = torch.nn.LayerNorm(D_MODEL), Attention()
        self.ln3 = torch.nn.LayerNorm(D_MODEL)
        self.fc1, self.fc2 = torch.nn.Linear(D_MODEL, FFN), torch.nn.Linear(FFN, D_MODEL)
        self.ln = torch.nn.LayerNorm(D_MODEL)

    def forward(self, input_ids, encoder_hidden_states, past_dec_k, past_dec_v, past_enc_k, past_enc_v, use_cache_branch):
        past = past_dec_k.shape[2]
        t = input_ids.shape[1]
        positions = torch.arange(t) + past
        x = self.embed(input_ids) + self.pos(positions)[None]
        h = self.ln1(x)
        a = self.self_attn
        k = torch.cat([past_dec_k, a.split(a.k(h))], dim=2)
        v = torch.cat([past_dec_v, a.split(a.v(h))], dim=2)
        # Causal mask over cached plus new positions.
        rows = torch.arange(t)[:, None] + past
        cols = torch.arange(past + t)[None, :]
        mask = (cols > rows).float() * -1e9
        x = x + a.attend(a.split(a.q(h)), k, v, mask)
        c = self.cross_attn
        enc_k = c.split(c.k(encoder_hidden_states))
        enc_v = c.split(c.v(encoder_hidden_states))
        x = x + c.attend(c.split(c.q(self.ln2(x))), enc_k, enc_v)
        x = x + self.fc2(torch.nn.functional.gelu(self.fc1(self.ln3(x))))
        # Keeps every contract input in the exported graph (the exporter drops unused inputs).
        x = x + 0.0 * (use_cache_branch.float().sum() + past_enc_k.shape[2] + past_enc_v.shape[2])
        logits = torch.matmul(self.ln(x), self.embed.weight.t())
        return logits, k, v, enc_k, enc_v


# What the fixture "hears" in every 30 s window: two short segments with timestamps, so the
# transcript has words, segment times and chunk merging to exercise. Timestamps in seconds.
SCRIPT = [(0.0, 'it sounds really hard', 1.6), (1.6, 'tell me more about what happened', 3.2)]

# Where the attention variant "hears" each token of SCRIPT's sequence after <|startoftranscript|>
# (seconds; a word ends where the next token starts). Deliberately uneven, so these times cannot be
# mistaken for words spread evenly over their segment.
ALIGNMENT = [0.0, 0.1, 0.3, 0.7, 1.1, 1.5, 1.6, 1.7, 2.0, 2.2, 2.5, 2.8, 2.95, 3.1, 3.2]
ALIGNMENT_HEAD = [0, 1]  # [layer, head]
FRAME_SEC = 0.02  # one encoder position


class AttnDecoder(Decoder):
    """Decoder with the attention outputs of an output_attentions export (same weights, same logits).

    Cross-attention head ALIGNMENT_HEAD[1] is replaced in the output (not in the computation) by a
    hand-set alignment: decoding step k spreads its attention evenly over the encoder positions
    where the token it predicts is heard (ALIGNMENT), falling off steeply outside them.
    """

    def __init__(self, vocab):
        super().__init__(vocab)
        lo = [round(t / FRAME_SEC) for t in ALIGNMENT]
        hi = [max(a, b - 1) for a, b in zip(lo, lo[1:])] + [ENC_POS - 1]
        lo += [lo[-1]] * (DEC_POS - len(lo))
        hi += [ENC_POS - 1] * (DEC_POS - len(hi))
        self.register_buffer('align_lo', torch.tensor(lo, dtype=torch.float32), persistent=False)
        self.register_buffer('align_hi', torch.tensor(hi, dtype=torch.float32), persistent=False)

    def forward(self, input_ids, encoder_hidden_states, past_dec_k, past_dec_v, past_enc_k, past_enc_v, use_cache_branch):
        past = past_dec_k.shape[2]
        t = input_ids.shape[1]
        positions = torch.arange(t) + past
        x = self.embed(input_ids) + self.pos(positions)[None]
        h = self.ln1(x)
        a = self.self_attn
        k = torch.cat([past_dec_k, a.split(a.k(h))], dim=2)
        v = torch.cat([past_dec_v, a.split(a.v(h))], dim=2)
        rows = torch.arange(t)[:, None] + past
        cols = torch.arange(past + t)[None, :]
        mask = (cols > rows).float() * -1e9
        self_probs = torch.softmax(torch.matmul(a.split(a.q(h)), k.transpose(-1, -2)) / math.sqrt(D_MODEL // HEADS) + mask, dim=-1)
        x = x + a.o(torch.matmul(self_probs, v).transpose(1, 2).reshape(x.shape[0], t, D_MODEL))
        c = self.cross_attn
        enc_k = c.split(c.k(encoder_hidden_states))
        enc_v = c.split(c.v(encoder_hidden_states))
        cross_probs = torch.softmax(torch.matmul(c.split(c.q(self.ln2(x))), enc_k.transpose(-1, -2)) / math.sqrt(D_MODEL // HEADS), dim=-1)
        x = x + c.o(torch.matmul(cross_probs, enc_v).transpose(1, 2).reshape(x.shape[0], t, D_MODEL))
        x = x + self.fc2(torch.nn.functional.gelu(self.fc1(self.ln3(x))))
        x = x + 0.0 * (use_cache_branch.float().sum() + past_enc_k.shape[2] + past_enc_v.shape[2])
        logits = torch.matmul(self.ln(x), self.embed.weight.t())
        src = torch.arange(encoder_hidden_states.shape[1]).float()[None, :]
        outside = torch.relu(self.align_lo[positions][:, None] - src) + torch.relu(src - self.align_hi[positions][:, None])
        align = torch.softmax(-2.0 * outside, dim=-1)[None, None].expand(x.shape[0], 1, t, src.shape[1])
        head = ALIGNMENT_HEAD[1]
        parts = [cross_probs[:, :head], align] + ([cross_probs[:, head + 1:]] if head + 1 < HEADS else [])
        cross_out = torch.cat(parts, dim=1)
        return logits, k, v, enc_k, enc_v, self_probs, cross_out


def target_ids(ids, tokenizer):
    """Token ids of SCRIPT in Whisper's timestamped form: <|t0|> words <|t1|><|t1|> words <|t2|> <|endoftext|>."""
    vocab = tokenizer['model']['vocab']
    first_ts = ids['<|notimestamps|>'] + 1
    seq = [ids['<|startoftranscript|>']]
    for start, text, end in SCRIPT:
        seq.append(first_ts + round(start / 0.02))
        seq.extend(vocab['Ġ' + word] for word in text.split())
        seq.append(first_ts + round(end / 0.02))
    seq.append(ids['<|endoftext|>'])
    return seq


def train_decoder(encoder, decoder, ids, tokenizer):
    """Teaches the random decoder SCRIPT (teacher forcing, fixed seed) so greedy decoding ends cleanly."""
    seq = torch.tensor([target_ids(ids, tokenizer)])
    inputs, targets = seq[:, :-1], seq[:, 1:]
    dk = D_MODEL // HEADS
    empty = torch.zeros(2, HEADS, 0, dk)
    optimizer = torch.optim.Adam(decoder.parameters(), lr=3e-3)
    with torch.no_grad():
        bank = encoder(torch.randn(8, N_MELS, 3000))
    for step in range(400):
        hidden = bank[torch.randint(0, 8, (2,))]
        logits = decoder(inputs.expand(2, -1), hidden, empty, empty, empty, empty, torch.tensor([False]))[0]
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.expand(2, -1).reshape(-1))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(f'decoder trained: loss {loss.item():.4f}', file=sys.stderr)


def quantize_weights(model):
    """int8 weight quantization (DequantizeLinear before use), like the *_quantized.onnx files' int8 weights."""
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    new_nodes = []
    for name, init in list(inits.items()):
        array = numpy_helper.to_array(init)
        if array.dtype != np.float32 or array.size < 1024:
            continue
        scale = max(float(np.abs(array).max()) / 127.0, 1e-8)
        q = np.clip(np.round(array / scale), -127, 127).astype(np.int8)
        graph.initializer.remove(init)
        graph.initializer.extend([
            numpy_helper.from_array(q, name + '_quantized'),
            numpy_helper.from_array(np.array(scale, dtype=np.float32), name + '_scale'),
            numpy_helper.from_array(np.array(0, dtype=np.int8), name + '_zero_point'),
        ])
        new_nodes.append(helper.make_node('DequantizeLinear', [name + '_quantized', name + '_scale', name + '_zero_point'], [name],
                                          name=name + '_DequantizeLinear'))
    nodes = new_nodes + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    return model


def finish(path, model):
    model = quantize_weights(model)
    model.ir_version = IR_VERSION
    model.producer_name = 'attune make-tiny-whisper'
    model.producer_version = '1'
    onnx.checker.check_model(model)
    onnx.save(model, path)


def export(module, args, path, input_names, output_names, dynamic_axes):
    tmp = path + '.tmp'
    torch.onnx.export(module, args, tmp, input_names=input_names, output_names=output_names,
                      dynamic_axes=dynamic_axes, opset_version=OPSET, do_constant_folding=True)
    model = onnx.load(tmp)
    os.remove(tmp)
    finish(path, model)


def write_model(out, encoder, decoder, tokenizer, vocab_size, ids, with_attentions):
    """Exports the encoder and merged decoder and writes the JSON files of one fixture folder."""
    os.makedirs(os.path.join(out, 'onnx'), exist_ok=True)
    features = torch.zeros(1, N_MELS, 3000)
    export(encoder, (features,), os.path.join(out, 'onnx', 'encoder_model_quantized.onnx'),
           ['input_features'], ['last_hidden_state'], {'input_features': {0: 'batch_size'}, 'last_hidden_state': {0: 'batch_size'}})

    dk = D_MODEL // HEADS
    hidden = torch.zeros(1, ENC_POS, D_MODEL)
    past = torch.zeros(1, HEADS, 0, dk)
    dec_inputs = ('input_ids', 'encoder_hidden_states', 'past_key_values.0.decoder.key', 'past_key_values.0.decoder.value',
                  'past_key_values.0.encoder.key', 'past_key_values.0.encoder.value', 'use_cache_branch')
    dec_outputs = ('logits', 'present.0.decoder.key', 'present.0.decoder.value', 'present.0.encoder.key', 'present.0.encoder.value')
    axes = {'input_ids': {0: 'batch_size', 1: 'decoder_sequence_length'}, 'encoder_hidden_states': {0: 'batch_size', 1: 'encoder_sequence_length / 2'},
            'logits': {0: 'batch_size', 1: 'decoder_sequence_length'}}
    for name in dec_inputs[2:6]:
        axes[name] = {0: 'batch_size', 2: 'past_decoder_sequence_length' if 'decoder' in name else 'encoder_sequence_length_out'}
    for name in dec_outputs[1:]:
        axes[name] = {0: 'batch_size', 2: 'past_decoder_sequence_length + 1' if 'decoder' in name else 'encoder_sequence_length_out'}
    if with_attentions:
        # The names and shapes optimum gives an output_attentions export, which transformers.js reads.
        dec_outputs += ('decoder_attentions.0', 'cross_attentions.0')
        axes['decoder_attentions.0'] = {0: 'batch_size', 2: 'decoder_sequence_length', 3: 'past_decoder_sequence_length + 1'}
        axes['cross_attentions.0'] = {0: 'batch_size', 2: 'decoder_sequence_length', 3: 'encoder_sequence_length_out'}
    export(decoder, (torch.tensor([[ids['<|startoftranscript|>']]]), hidden, past, past, past, past, torch.tensor([False])),
           os.path.join(out, 'onnx', 'decoder_model_merged_quantized.onnx'), list(dec_inputs), list(dec_outputs), axes)

    eos, sot, no_ts = ids['<|endoftext|>'], ids['<|startoftranscript|>'], ids['<|notimestamps|>']
    config = {
        '_name_or_path': 'attune/tiny-whisper-fixture', 'architectures': ['WhisperForConditionalGeneration'], 'model_type': 'whisper',
        'd_model': D_MODEL, 'encoder_layers': 1, 'decoder_layers': 1, 'num_hidden_layers': 1,
        'encoder_attention_heads': HEADS, 'decoder_attention_heads': HEADS, 'encoder_ffn_dim': FFN, 'decoder_ffn_dim': FFN,
        'num_mel_bins': N_MELS, 'max_source_positions': ENC_POS, 'max_target_positions': DEC_POS, 'vocab_size': vocab_size,
        'activation_function': 'gelu', 'scale_embedding': False, 'use_cache': True, 'is_encoder_decoder': True,
        'bos_token_id': eos, 'eos_token_id': eos, 'pad_token_id': eos, 'decoder_start_token_id': sot,
        'begin_suppress_tokens': [vocab_size and tokenizer['model']['vocab']['Ġ'], eos], 'torch_dtype': 'float32',
    }
    generation = {
        'begin_suppress_tokens': config['begin_suppress_tokens'], 'bos_token_id': eos, 'decoder_start_token_id': sot,
        'eos_token_id': eos, 'pad_token_id': eos, 'no_timestamps_token_id': no_ts, 'forced_decoder_ids': [[1, no_ts]],
        'is_multilingual': False, 'max_initial_timestamp_index': 50, 'return_timestamps': False,
        'max_length': 448,
    }
    if with_attentions:
        config['_name_or_path'] = 'attune/tiny-whisper-attn-fixture'
        generation['alignment_heads'] = [ALIGNMENT_HEAD]
    preprocessor = {'chunk_length': 30, 'feature_extractor_type': 'WhisperFeatureExtractor', 'feature_size': N_MELS, 'hop_length': 160,
                    'n_fft': 400, 'n_samples': 480000, 'nb_max_frames': 3000, 'padding_side': 'right', 'padding_value': 0.0,
                    'processor_class': 'WhisperProcessor', 'return_attention_mask': False, 'sampling_rate': 16000}
    tokenizer_config = {'tokenizer_class': 'WhisperTokenizer', 'bos_token': '<|endoftext|>', 'eos_token': '<|endoftext|>',
                        'unk_token': '<|endoftext|>', 'pad_token': '<|endoftext|>', 'model_max_length': 1024, 'errors': 'replace',
                        'add_prefix_space': False, 'add_bos_token': False}
    for name, data in (('config.json', config), ('generation_config.json', generation), ('preprocessor_config.json', preprocessor),
                       ('tokenizer.json', tokenizer), ('tokenizer_config.json', tokenizer_config)):
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False, separators=(',', ':') if name == 'tokenizer.json' else None,
                      indent=None if name == 'tokenizer.json' else 1)
            f.write('\n')


def main():
    parser = argparse.ArgumentParser(description='Generates the tiny Whisper test fixtures.')
    parser.add_argument('--variant', choices=('all', 'plain', 'attn'), default='all',
                        help='plain: test/fixtures/tiny-whisper; attn: test/fixtures/tiny-whisper-attn (with attention outputs); all: both')
    args = parser.parse_args()

    torch.manual_seed(20261123)
    tokenizer, vocab_size, ids, word_ids, text_vocab = build_tokenizer()
    encoder, decoder = Encoder().eval(), Decoder(vocab_size)
    train_decoder(encoder, decoder, ids, tokenizer)
    decoder.eval()

    if args.variant in ('all', 'plain'):
        write_model(OUT, encoder, decoder, tokenizer, vocab_size, ids, with_attentions=False)
        print(f'wrote {os.path.normpath(OUT)}: vocab {vocab_size} ({text_vocab} text tokens, {len(word_ids)} whole words)', file=sys.stderr)
    if args.variant in ('all', 'attn'):
        attn = AttnDecoder(vocab_size)
        attn.load_state_dict(decoder.state_dict())
        attn.eval()
        write_model(OUT_ATTN, encoder, attn, tokenizer, vocab_size, ids, with_attentions=True)
        print(f'wrote {os.path.normpath(OUT_ATTN)}: same weights, with attention outputs and alignment_heads {[ALIGNMENT_HEAD]}', file=sys.stderr)


if __name__ == '__main__':
    main()
