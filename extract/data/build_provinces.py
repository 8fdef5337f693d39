"""Regenerate ``provinces.json`` (run by hand: ``python -m extract.data.build_provinces``).

The 34 post-2025 units come from the maintained ``vietnam_provinces`` package;
the 63 pre-2025 units, their GSO codes, regions and the merger map of Nghị
quyết 202/2025/QH15 are written out below because no installed package has
them.  The output is committed; nothing here runs at extraction time.
"""
from __future__ import annotations

import json
from pathlib import Path

from extract.normalize import canon_tones, fold, new_style_tones

# Canonical-name convention (documented in the JSON too): provinces bare
# ("Tây Ninh"); the centrally-run cities bare as well ("Hà Nội", "Đà Nẵng",
# "Hải Phòng", "Cần Thơ") except "TP. Hồ Chí Minh", which SCHEMA fixes.
# Tone placement is old style ("Thanh Hóa", "Khánh Hòa"), as the GSO writes it.
R1, R2, R3 = "Trung du và miền núi phía Bắc", "Đồng bằng sông Hồng", "Bắc Trung Bộ và Duyên hải miền Trung"
R4, R5, R6 = "Tây Nguyên", "Đông Nam Bộ", "Đồng bằng sông Cửu Long"
# (code, canonical name, region, 2025 codename in vietnam_provinces, city?)
PRE_2025 = [
    (1, "Hà Nội", R2, "ha_noi", True), (2, "Hà Giang", R1, "tuyen_quang", False),
    (4, "Cao Bằng", R1, "cao_bang", False), (6, "Bắc Kạn", R1, "thai_nguyen", False),
    (8, "Tuyên Quang", R1, "tuyen_quang", False), (10, "Lào Cai", R1, "lao_cai", False),
    (11, "Điện Biên", R1, "dien_bien", False), (12, "Lai Châu", R1, "lai_chau", False),
    (14, "Sơn La", R1, "son_la", False), (15, "Yên Bái", R1, "lao_cai", False),
    (17, "Hòa Bình", R1, "phu_tho", False), (19, "Thái Nguyên", R1, "thai_nguyen", False),
    (20, "Lạng Sơn", R1, "lang_son", False), (22, "Quảng Ninh", R2, "quang_ninh", False),
    (24, "Bắc Giang", R1, "bac_ninh", False), (25, "Phú Thọ", R1, "phu_tho", False),
    (26, "Vĩnh Phúc", R2, "phu_tho", False), (27, "Bắc Ninh", R2, "bac_ninh", False),
    (30, "Hải Dương", R2, "hai_phong", False), (31, "Hải Phòng", R2, "hai_phong", True),
    (33, "Hưng Yên", R2, "hung_yen", False), (34, "Thái Bình", R2, "hung_yen", False),
    (35, "Hà Nam", R2, "ninh_binh", False), (36, "Nam Định", R2, "ninh_binh", False),
    (37, "Ninh Bình", R2, "ninh_binh", False), (38, "Thanh Hóa", R3, "thanh_hoa", False),
    (40, "Nghệ An", R3, "nghe_an", False), (42, "Hà Tĩnh", R3, "ha_tinh", False),
    (44, "Quảng Bình", R3, "quang_tri", False), (45, "Quảng Trị", R3, "quang_tri", False),
    (46, "Thừa Thiên Huế", R3, "hue", False), (48, "Đà Nẵng", R3, "da_nang", True),
    (49, "Quảng Nam", R3, "da_nang", False), (51, "Quảng Ngãi", R3, "quang_ngai", False),
    (52, "Bình Định", R3, "gia_lai", False), (54, "Phú Yên", R3, "dak_lak", False),
    (56, "Khánh Hòa", R3, "khanh_hoa", False), (58, "Ninh Thuận", R3, "khanh_hoa", False),
    (60, "Bình Thuận", R3, "lam_dong", False), (62, "Kon Tum", R4, "quang_ngai", False),
    (64, "Gia Lai", R4, "gia_lai", False), (66, "Đắk Lắk", R4, "dak_lak", False),
    (67, "Đắk Nông", R4, "lam_dong", False), (68, "Lâm Đồng", R4, "lam_dong", False),
    (70, "Bình Phước", R5, "dong_nai", False), (72, "Tây Ninh", R5, "tay_ninh", False),
    (74, "Bình Dương", R5, "ho_chi_minh", False), (75, "Đồng Nai", R5, "dong_nai", False),
    (77, "Bà Rịa - Vũng Tàu", R5, "ho_chi_minh", False), (79, "TP. Hồ Chí Minh", R5, "ho_chi_minh", True),
    (80, "Long An", R6, "tay_ninh", False), (82, "Tiền Giang", R6, "dong_thap", False),
    (83, "Bến Tre", R6, "vinh_long", False), (84, "Trà Vinh", R6, "vinh_long", False),
    (86, "Vĩnh Long", R6, "vinh_long", False), (87, "Đồng Tháp", R6, "dong_thap", False),
    (89, "An Giang", R6, "an_giang", False), (91, "Kiên Giang", R6, "an_giang", False),
    (92, "Cần Thơ", R6, "can_tho", True), (93, "Hậu Giang", R6, "can_tho", False),
    (94, "Sóc Trăng", R6, "can_tho", False), (95, "Bạc Liêu", R6, "ca_mau", False),
    (96, "Cà Mau", R6, "ca_mau", False),
]
# Spellings and abbreviations seen in the press.  "text": safe to spot in running
# text; "resolve": accepted by resolve_province() only ("Hồ Chí Minh" alone is
# usually the person, "Huế" alone may be the city inside the province).
EXTRA = {
    "TP. Hồ Chí Minh": {"text": ["TP.HCM", "TP. HCM", "TP HCM", "TPHCM", "Tp.HCM", "Tp. HCM",
                                  "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh", "TP. Hồ Chí Minh",
                                  "TP Hồ Chí Minh", "Tp. Hồ Chí Minh", "TP.Hồ Chí Minh", "Tp.Hồ Chí Minh",
                                  "Sài Gòn", "Sài Gòn - TP.HCM"],
                         "resolve": ["Hồ Chí Minh", "HCM", "Ho Chi Minh City", "HCMC", "Saigon"]},
    "Bà Rịa - Vũng Tàu": {"text": ["Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "BR-VT", "BRVT", "BR - VT"],
                          "resolve": ["Vũng Tàu"]},
    # since 2025 the province is "thành phố Huế": news write "TP Huế", "TP.Huế" or just "Huế"
    "Thừa Thiên Huế": {"text": ["Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế", "TT Huế", "TT. Huế",
                                "Huế", "TP. Huế", "TP.Huế", "TP Huế", "Tp. Huế", "Thành phố Huế", "thành phố Huế"],
                       "resolve": []},
    "Đắk Lắk": {"text": ["Đắc Lắc", "Đăk Lăk", "Đắk Lắc", "Daklak"], "resolve": []},
    "Đắk Nông": {"text": ["Đắc Nông", "Đăk Nông"], "resolve": []},
    "Kon Tum": {"text": ["KonTum", "Kontum"], "resolve": []},
    "Bắc Kạn": {"text": ["Bắc Cạn"], "resolve": []},
    "Hà Nội": {"text": ["Thủ đô Hà Nội", "TP Hà Nội", "TP. Hà Nội"], "resolve": []},
}
PREFIXES = ["tỉnh ", "Tỉnh ", "TP. ", "TP ", "TP.", "Tp. ", "thành phố ", "Thành phố "]


def build() -> dict:
    from vietnam_provinces import Province

    new = {p.codename: p for p in Province.iter_all()}

    def name_2025(codename: str) -> str:
        n = new[codename].name.removeprefix("Thành phố ")
        return "TP. Hồ Chí Minh" if n == "Hồ Chí Minh" else n

    rows = []
    for code, name, region, new_codename, city in PRE_2025:
        bare = name.removeprefix("TP. ")
        text_aliases = {name, bare} if name != "TP. Hồ Chí Minh" else {name}
        text_aliases |= {p + bare for p in PREFIXES} if name != "TP. Hồ Chí Minh" else set()
        text_aliases |= set(EXTRA.get(name, {}).get("text", []))
        resolve = set(EXTRA.get(name, {}).get("resolve", []))
        # both tone placements: the gazetteer is matched on old-style text, but
        # resolve() accepts anything and the aliases document the variants.
        text_aliases |= {canon_tones(a) for a in text_aliases} | {new_style_tones(a) for a in text_aliases}
        rows.append({
            "name": name, "code": f"{code:02d}", "region": region,
            "type": "thành phố trực thuộc trung ương" if city else "tỉnh",
            "province_2025": name_2025(new_codename),
            "aliases": sorted(text_aliases), "resolve_aliases": sorted(resolve),
            "folded": sorted({fold(a) for a in text_aliases | resolve | {bare}}),
        })
    rows_2025 = [{"name": name_2025(p.codename), "code": f"{p.code.value:02d}", "codename": p.codename,
                  "type": p.division_type.value,
                  "merged_from": [r["name"] for r in rows if r["province_2025"] == name_2025(p.codename)]}
                 for p in Province.iter_all()]
    return {
        "_doc": ("Pre-2025 provinces (63) and post-1-July-2025 provinces (34, Nghị quyết 202/2025/QH15). "
                 "Canonical names: bare province names; centrally-run cities bare ('Hà Nội', 'Hải Phòng', "
                 "'Đà Nẵng', 'Cần Thơ') except 'TP. Hồ Chí Minh' (fixed by SCHEMA); old-style tone placement. "
                 "Generated by extract/data/build_provinces.py from vietnam_provinces + the merger table."),
        "provinces": rows, "provinces_2025": rows_2025,
    }


if __name__ == "__main__":
    data = build()
    assert len(data["provinces"]) == 63 and len(data["provinces_2025"]) == 34
    out = Path(__file__).with_name("provinces.json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {out}")
