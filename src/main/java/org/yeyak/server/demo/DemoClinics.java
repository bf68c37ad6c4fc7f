package org.yeyak.server.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.clinic.Region;

/**
 * Synthetic clinics for the demo: one per {@value #PEOPLE_PER_CLINIC} inhabitants of each
 * province (at least {@value #MIN_PER_REGION}), with names and addresses that look real
 * ("서울 강남구 하나내과의원", "서울특별시 강남구 테헤란로 112"). Generated from a fixed seed, so
 * every demo server has the same clinics with the same ids ({@code c-11-0001} …).
 *
 * <p>Why not more: each clinic brings 36 vaccination dates × 10 booking days = 360 stock rows,
 * and the first start must write them all (H2 takes some 20 µs of CPU per row); ~520 clinics
 * give ~190,000 rows, a few seconds once per data folder.
 */
public final class DemoClinics {
    public static final int PEOPLE_PER_CLINIC = 100_000;
    public static final int MIN_PER_REGION = 3;
    private static final long SEED = 20210809L;

    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("11", "서울"), Map.entry("26", "부산"), Map.entry("27", "대구"), Map.entry("28", "인천"),
            Map.entry("29", "광주"), Map.entry("30", "대전"), Map.entry("31", "울산"), Map.entry("36", "세종"),
            Map.entry("41", "경기"), Map.entry("42", "강원"), Map.entry("43", "충북"), Map.entry("44", "충남"),
            Map.entry("45", "전북"), Map.entry("46", "전남"), Map.entry("47", "경북"), Map.entry("48", "경남"),
            Map.entry("50", "제주"));

    private static final Map<String, List<String>> DISTRICTS = Map.ofEntries(
            Map.entry("11", List.of("강남구", "서초구", "송파구", "강동구", "마포구", "종로구", "중구", "용산구",
                    "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구", "노원구", "은평구",
                    "서대문구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구", "관악구")),
            Map.entry("26", List.of("해운대구", "부산진구", "동래구", "남구", "북구", "사하구", "금정구", "연제구",
                    "수영구", "사상구", "기장군")),
            Map.entry("27", List.of("중구", "동구", "서구", "남구", "북구", "수성구", "달서구", "달성군")),
            Map.entry("28", List.of("중구", "미추홀구", "연수구", "남동구", "부평구", "계양구", "서구", "강화군")),
            Map.entry("29", List.of("동구", "서구", "남구", "북구", "광산구")),
            Map.entry("30", List.of("동구", "중구", "서구", "유성구", "대덕구")),
            Map.entry("31", List.of("중구", "남구", "동구", "북구", "울주군")),
            Map.entry("36", List.of("조치원읍", "한솔동", "도담동", "아름동", "종촌동", "새롬동")),
            Map.entry("41", List.of("수원시", "성남시", "고양시", "용인시", "부천시", "안산시", "안양시", "남양주시",
                    "화성시", "평택시", "의정부시", "시흥시", "파주시", "김포시", "광명시", "군포시", "하남시",
                    "오산시", "이천시")),
            Map.entry("42", List.of("춘천시", "원주시", "강릉시", "동해시", "속초시", "삼척시", "홍천군")),
            Map.entry("43", List.of("청주시", "충주시", "제천시", "옥천군", "음성군", "진천군")),
            Map.entry("44", List.of("천안시", "아산시", "공주시", "보령시", "서산시", "논산시", "당진시", "홍성군")),
            Map.entry("45", List.of("전주시", "군산시", "익산시", "정읍시", "남원시", "김제시", "완주군")),
            Map.entry("46", List.of("목포시", "여수시", "순천시", "나주시", "광양시", "무안군", "해남군")),
            Map.entry("47", List.of("포항시", "경주시", "김천시", "안동시", "구미시", "영주시", "경산시", "칠곡군")),
            Map.entry("48", List.of("창원시", "진주시", "통영시", "사천시", "김해시", "밀양시", "거제시", "양산시")),
            Map.entry("50", List.of("제주시", "서귀포시")));

    private static final List<String> STEMS = List.of("하나", "연세", "미래", "튼튼", "새봄", "온누리", "바른",
            "제일", "우리", "행복", "밝은", "365", "참좋은", "서울", "중앙", "한빛", "푸른", "사랑", "늘봄", "365열린",
            "건강한", "맑은", "든든", "봄빛", "이음", "성모", "누리", "다정", "새길", "한결");
    private static final List<String> KINDS = List.of("내과의원", "내과의원", "가정의학과의원", "소아청소년과의원",
            "이비인후과의원", "의원", "연합의원", "병원");
    private static final List<String> ROADS = List.of("중앙로", "시청로", "번영로", "문화로", "희망로", "대학로",
            "역전로", "공원로", "새마을로", "평화로", "충효로", "행복로");

    private DemoClinics() {
    }

    /** How many clinics a region gets. */
    public static int countFor(Region region) {
        return (int) Math.max(MIN_PER_REGION, Math.round(region.population() / (double) PEOPLE_PER_CLINIC));
    }

    public static List<Clinic> generate(List<Region> regions) {
        Random random = new Random(SEED);
        List<Clinic> out = new ArrayList<>();
        for (Region region : regions) {
            String shortName = SHORT.getOrDefault(region.code(), region.nameKo());
            List<String> districts = DISTRICTS.getOrDefault(region.code(), List.of(""));
            Set<String> names = new HashSet<>();
            int n = countFor(region);
            for (int i = 1; i <= n; i++) {
                String district = districts.get(random.nextInt(districts.size()));
                String kind = KINDS.get(random.nextInt(KINDS.size()));
                String name;
                int tries = 0;
                do {
                    String stem = STEMS.get(random.nextInt(STEMS.size()));
                    name = shortName + " " + district + " " + stem + kind + (tries++ >= 5 ? " " + i : "");
                } while (!names.add(name));
                String address = region.nameKo() + " " + district + " " + ROADS.get(random.nextInt(ROADS.size()))
                        + " " + (1 + random.nextInt(300));
                int capacity = kind.equals("병원") ? 180 : 60 + 30 * random.nextInt(3);
                out.add(new Clinic(String.format("c-%s-%04d", region.code(), i), region.code(), name, address, null,
                        capacity, true));
            }
        }
        return out;
    }
}
